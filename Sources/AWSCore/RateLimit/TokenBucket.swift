/// A token bucket: `burst` tokens at most, refilled at `ratePerSecond`. `reserve` takes a token
/// now or reserves the next one, so concurrent callers queue in order and each learns how long to
/// wait. Times are on the client's monotonic clock.
///
/// AWS meters a request when it arrives, which is some time after the client let it go; and AWS's bucket
/// refills from the first request that found it full. So when a burst starts from a full bucket, the
/// client starts refilling its own bucket `arrivalAllowance` later than AWS would if the request arrived
/// at once: requests that arrive later than the first of the burst (a first connection's handshake, a
/// queue for connections) then still find AWS's bucket holding the tokens the client counted on. It costs
/// one allowance per burst from full, and nothing in a steady stream.
public struct TokenBucket: Sendable, Hashable {
    public let quota: RateQuota
    public let arrivalAllowance: Duration
    public private(set) var tokens: Double
    /// When refilling (re)starts; later than the last reservation while an arrival allowance runs.
    private var lastRefill: Duration?

    public init(quota: RateQuota, arrivalAllowance: Duration = .zero) {
        self.quota = quota
        self.arrivalAllowance = max(.zero, arrivalAllowance)
        tokens = Double(quota.burst)
    }

    /// Takes one token at `now`; returns how long the caller must wait before sending.
    public mutating func reserve(at now: Duration) -> Duration {
        if let lastRefill, now > lastRefill {
            tokens = min(Double(quota.burst), tokens + (now - lastRefill).seconds * quota.ratePerSecond)
        }
        if tokens >= Double(quota.burst) {
            // A burst starts from full: refilling starts once its first request has surely arrived.
            lastRefill = now + arrivalAllowance
        } else {
            lastRefill = max(lastRefill ?? now, now)
        }
        tokens -= 1
        guard tokens < 0, let lastRefill else { return .zero }
        return (lastRefill - now) + .seconds(fractional: -tokens / quota.ratePerSecond)
    }
}
