/// A token bucket: `burst` tokens at most, refilled at `ratePerSecond`. `reserve` takes a token
/// now or reserves the next one, so concurrent callers queue in order and each learns how long to
/// wait. Times are on the client's monotonic clock.
public struct TokenBucket: Sendable, Hashable {
    public let quota: RateQuota
    public private(set) var tokens: Double
    private var lastRefill: Duration?

    public init(quota: RateQuota) {
        self.quota = quota
        tokens = Double(quota.burst)
    }

    /// Takes one token at `now`; returns how long the caller must wait before sending.
    public mutating func reserve(at now: Duration) -> Duration {
        if let lastRefill, now > lastRefill {
            tokens = min(Double(quota.burst), tokens + (now - lastRefill).seconds * quota.ratePerSecond)
        }
        lastRefill = max(lastRefill ?? now, now)
        tokens -= 1
        return tokens >= 0 ? .zero : .seconds(fractional: -tokens / quota.ratePerSecond)
    }
}
