/// The one error of the AWS layer: what AWS answered (code, message, HTTP status, request id) or
/// what went wrong before an answer (timeout, connection, credentials, configuration), and whether
/// the standard retry mode would try again.
public struct AWSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the error comes from.
    public enum Kind: String, Sendable, Hashable {
        /// AWS answered with an error.
        case service
        /// No answer in time.
        case timeout
        /// The connection failed or broke.
        case connection
        /// No usable credentials.
        case credentials
        /// The command line, environment or shared config files are wrong.
        case configuration
        /// The answer could not be understood.
        case invalidResponse
        /// The input breaks the service model's constraints (never sent).
        case validation
        /// Not sent: Warden was interrupted (`CallGate`).
        case interrupted
    }

    public var kind: Kind
    /// The AWS error code (`ThrottlingException`, `ResourceNotFoundException`, ...) or, for errors
    /// raised before an answer, a descriptive code (`RequestTimeout`, `ConnectionError`, ...).
    public var code: String
    public var message: String
    public var httpStatus: Int?
    public var requestId: String?
    /// The operation, as `Service.Operation`, when known.
    public var operation: String?

    public init(
        kind: Kind,
        code: String,
        message: String,
        httpStatus: Int? = nil,
        requestId: String? = nil,
        operation: String? = nil
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.requestId = requestId
        self.operation = operation
    }

    /// Why the standard retry mode would retry this error, or nil when it would not.
    public var retryReason: RetryReason? { RetryReason(classifying: self) }

    /// Whether the standard retry mode retries this error.
    public var isRetryable: Bool { retryReason != nil }

    /// Whether AWS refused the request for exceeding a rate.
    public var isThrottling: Bool { retryReason == .throttling }

    public var description: String {
        var text = operation.map { "\($0): " } ?? ""
        text += code
        if let httpStatus { text += " (HTTP \(httpStatus))" }
        if !message.isEmpty { text += ": \(message)" }
        if let requestId { text += " [request id \(requestId)]" }
        return text
    }
}

extension AWSError {
    static func configuration(_ message: String, code: String = "InvalidConfiguration") -> AWSError {
        AWSError(kind: .configuration, code: code, message: message)
    }

    static func credentials(_ message: String, code: String = "CredentialsError") -> AWSError {
        AWSError(kind: .credentials, code: code, message: message)
    }

    public static func invalidResponse(_ message: String, httpStatus: Int? = nil, requestId: String? = nil) -> AWSError
    {
        AWSError(
            kind: .invalidResponse,
            code: "InvalidResponse",
            message: message,
            httpStatus: httpStatus,
            requestId: requestId
        )
    }
}
