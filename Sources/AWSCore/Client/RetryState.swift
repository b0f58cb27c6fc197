/// The retry state a client's copies share: the retry quota and, in adaptive mode, the client-side
/// rate limiter.
final class RetryState: Sendable {
    private let quota = Locked(RetryQuota())
    private let adaptive: Locked<AdaptiveRateLimiter>?

    init(adaptive: Bool, now: Double) {
        self.adaptive = adaptive ? Locked(AdaptiveRateLimiter(now: now)) : nil
    }

    var availableQuota: Int { quota.withLock { $0.available } }

    func adaptiveDelay(now: Double) -> Duration {
        guard let adaptive else { return .zero }
        return .seconds(fractional: adaptive.withLock { $0.acquire(now: now) })
    }

    func recordSuccess(retryCost: Int?, now: Double) {
        quota.withLock { $0.releaseAfterSuccess(retryCost: retryCost) }
        adaptive?.withLock { $0.record(throttled: false, now: now) }
    }

    func decide(
        policy: RetryPolicy,
        error: AWSError,
        attempt: Int,
        retryCost: inout Int?,
        now: Double
    ) -> RetryDecision {
        adaptive?.withLock { $0.record(throttled: error.isThrottling, now: now) }
        return quota.withLock { policy.decide(after: error, attempt: attempt, quota: &$0, retryCost: &retryCost) }
    }
}
