/// The AWS SDKs' standard retry mode: which failures to retry, how often, and how long to wait.
///
/// https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html
/// - at most `maxAttempts` attempts in all (3 by default, `AWS_MAX_ATTEMPTS`);
/// - retry throttling errors, transient errors (HTTP 500/502/503/504), timeouts and connection
///   errors (`RetryReason`), never anything else;
/// - wait `random(0,1) * min(2^(attempt-1) s, 20 s)` (full jitter);
/// - each retry is paid from the `RetryQuota`.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var maxBackoff: Duration
    public var random: any RandomSource

    public init(
        maxAttempts: Int = 3, maxBackoff: Duration = .seconds(20), random: any RandomSource = SystemRandomSource()
    ) {
        self.maxAttempts = maxAttempts
        self.maxBackoff = maxBackoff
        self.random = random
    }

    /// What to do after attempt number `attempt` (1-based) failed with `error`; a retry takes its
    /// cost from `quota`. `retryCost` reports what was taken, for the refund on success.
    public func decide(
        after error: AWSError,
        attempt: Int,
        quota: inout RetryQuota,
        retryCost: inout Int?
    ) -> RetryDecision {
        guard let reason = error.retryReason else { return .doNotRetry(.notRetryable) }
        guard attempt < maxAttempts else { return .doNotRetry(.attemptsExhausted) }
        guard let cost = quota.acquire(for: reason) else { return .doNotRetry(.quotaExhausted) }
        retryCost = cost
        return .retry(after: backoff(afterAttempt: attempt))
    }

    /// `random(0,1) * min(2^(attempt-1) seconds, maxBackoff)`.
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let exponential = Double(1 << min(max(attempt - 1, 0), 30))
        let ceiling = min(exponential, maxBackoff.seconds)
        return .seconds(fractional: random.nextUnit() * ceiling)
    }
}
