extension AWSError {
    /// Whether the request may have been carried out although no success came back: there was no answer
    /// (a timeout, a dropped connection) or the service failed while handling it (HTTP 5xx, `RequestTimeout`),
    /// and AWS may have made the change before that. Throttling and other client errors (4xx) are refusals:
    /// nothing was changed.
    ///
    /// Requests that are not idempotent (a create without a client token) must not be retried blindly after
    /// such an error; see `AWSRequest.retriesAmbiguousFailures`.
    public var mayHaveBeenApplied: Bool {
        switch kind {
        case .timeout, .connection: true
        case .service: retryReason == .transient || (httpStatus ?? 0) >= 500
        case .credentials, .configuration, .invalidResponse, .validation, .interrupted: false
        }
    }
}
