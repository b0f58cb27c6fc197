/// `AWS_RETRY_MODE` / `retry_mode`.
public enum RetryMode: String, Sendable, Hashable {
    /// Exponential backoff with jitter and a retry quota.
    case standard
    /// Standard, plus a client-side rate limiter that slows down after throttling.
    case adaptive

    /// Parses a setting; `legacy` (the old botocore default) is treated as `standard`.
    public init?(setting: String) {
        switch setting.lowercased() {
        case "standard", "legacy": self = .standard
        case "adaptive": self = .adaptive
        default: return nil
        }
    }
}
