import AWSCore
import Foundation

/// A manual clock: `sleep` records the duration and moves time forward at once.
final class TestClock: AWSClock, @unchecked Sendable {
    private let lock = NSLock()
    private var monotonic: Duration = .seconds(1_000)
    private var wall: Date
    private var slept: [Duration] = []

    init(date: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        wall = date
    }

    func now() -> Duration { lock.withLock { monotonic } }

    func date() -> Date { lock.withLock { wall } }

    func sleep(for duration: Duration) async throws {
        guard duration > .zero else { return }
        advance(by: duration, recordingSleep: true)
    }

    func advance(by duration: Duration, recordingSleep: Bool = false) {
        lock.withLock {
            monotonic += duration
            let parts = duration.components
            wall += Double(parts.seconds) + Double(parts.attoseconds) / 1e18
            if recordingSleep { slept.append(duration) }
        }
    }

    /// Every sleep so far, in order.
    var sleeps: [Duration] { lock.withLock { slept } }
}

/// Jitter from a fixed list, repeated.
final class FixedRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private let values: [Double]
    private var index = 0

    init(_ values: [Double]) {
        self.values = values
    }

    func nextUnit() -> Double {
        lock.withLock {
            defer { index += 1 }
            return values[index % values.count]
        }
    }
}
