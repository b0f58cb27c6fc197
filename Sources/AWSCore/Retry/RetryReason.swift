/// Why an error is worth retrying, as the AWS SDKs' standard retry mode classifies errors.
///
/// https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html; the code lists are
/// botocore's `retries/standard.py`.
public enum RetryReason: String, Sendable, Hashable {
    /// The service refused the request for exceeding a rate (HTTP 429 `ThrottlingException`,
    /// `TooManyRequestsException`, ...).
    case throttling
    /// A transient service fault (HTTP 500/502/503/504, `RequestTimeout`, ...).
    case transient
    /// No answer in time.
    case timeout
    /// The connection could not be made or broke.
    case connection

    /// Error codes retried as throttling (and any HTTP 429, whatever its code).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Error codes retried as transient faults (`IDPCommunicationError`: STS could not reach the
    /// web identity provider, which the SDKs retry for AssumeRoleWithWebIdentity).
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "IDPCommunicationError",
    ]

    /// HTTP statuses retried as transient faults.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    init?(classifying error: AWSError) {
        switch error.kind {
        case .timeout:
            self = .timeout
        case .connection:
            self = .connection
        case .service:
            if Self.throttlingCodes.contains(error.code) || error.httpStatus == 429 {
                self = .throttling
            } else if Self.transientCodes.contains(error.code) {
                self = .transient
            } else if let status = error.httpStatus, Self.transientStatuses.contains(status) {
                self = .transient
            } else {
                return nil
            }
        case .credentials, .configuration, .invalidResponse, .validation, .interrupted:
            return nil
        }
    }
}
