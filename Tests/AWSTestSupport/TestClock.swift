public import AWSCore
public import Foundation

/// A manual clock: `sleep` records the duration and moves time forward at once.
public final class TestClock: AWSClock, @unchecked Sendable {
    private let lock = NSLock()
    private var monotonic: Duration = .seconds(1_000)
    private var wall: Date
    private var slept: [Duration] = []

    public init(date: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        wall = date
    }

    public func now() -> Duration { lock.withLock { monotonic } }

    public func date() -> Date { lock.withLock { wall } }

    public func sleep(for duration: Duration) async throws {
        guard duration > .zero else { return }
        advance(by: duration, recordingSleep: true)
    }

    public func advance(by duration: Duration, recordingSleep: Bool = false) {
        lock.withLock {
            monotonic += duration
            let parts = duration.components
            wall += Double(parts.seconds) + Double(parts.attoseconds) / 1e18
            if recordingSleep { slept.append(duration) }
        }
    }

    /// Every sleep so far, in order.
    public var sleeps: [Duration] { lock.withLock { slept } }
}
