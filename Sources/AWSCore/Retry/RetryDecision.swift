/// The answer of the retry policy after a failed attempt.
public enum RetryDecision: Sendable, Hashable {
    /// Send the request again after waiting this long.
    case retry(after: Duration)
    /// Give up, for this reason.
    case doNotRetry(Reason)

    /// Why a failed request is not retried.
    public enum Reason: Sendable, Hashable {
        /// The error is not retryable (a validation error, access denied, not found, ...).
        case notRetryable
        /// The request has been attempted the maximum number of times.
        case attemptsExhausted
        /// The retry quota is empty: too many retries recently, so the service is likely unwell.
        case quotaExhausted
    }
}
