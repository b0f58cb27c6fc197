public import Foundation

/// Time as the client sees it: a monotonic clock for rate limiting and backoff, the wall clock for
/// signing and credential expiry, and sleeping. Tests inject a manual clock, so nothing really sleeps.
public protocol AWSClock: Sendable {
    /// Monotonic time since an arbitrary origin.
    func now() -> Duration
    /// The current wall-clock time.
    func date() -> Date
    /// Suspends for `duration` (or returns at once when it is zero or negative).
    func sleep(for duration: Duration) async throws
}

/// The real clock.
public struct SystemClock: AWSClock {
    private static let origin = ContinuousClock.now

    public init() {}

    public func now() -> Duration { ContinuousClock.now - Self.origin }

    public func date() -> Date { Date() }

    public func sleep(for duration: Duration) async throws {
        guard duration > .zero else { return }
        try await Task.sleep(for: duration)
    }
}

extension Duration {
    /// The duration in (fractional) seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// A duration of `seconds` (fractional) seconds.
    static func seconds(fractional seconds: Double) -> Duration {
        .nanoseconds(Int64((seconds * 1e9).rounded()))
    }
}
