/// One operation call, encoded by its protocol (rest-json or query) but not yet addressed, signed
/// or sent.
public struct AWSRequest: Sendable, Hashable {
    public var service: AWSService
    /// The operation name (`DescribeSecurityProfile`): keys rate limiting and log lines.
    public var operation: String
    public var method: String
    /// The percent-encoded path.
    public var path: String
    /// The percent-encoded query, without `?`.
    public var query: String
    /// Protocol headers (`Content-Type`, header-bound members); `Host`, `X-Amz-Date`, the token and
    /// `Authorization` are added when sending.
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// Body keys to redact in `--debug` output besides the usual secrets.
    public var sensitiveKeys: Set<String>
    /// Whether a failure after which the request may have been applied (`AWSError.mayHaveBeenApplied`: a
    /// timeout, a dropped connection, a server error) may be retried. A create without an idempotency token
    /// must not be sent twice, so its caller turns this off and finds out what happened itself; throttling
    /// is still retried, since a throttled request was not carried out.
    public var retriesAmbiguousFailures: Bool = true

    public init(
        service: AWSService,
        operation: String,
        method: String,
        path: String,
        query: String = "",
        headers: [HTTPHeader] = [],
        body: [UInt8] = [],
        sensitiveKeys: Set<String> = []
    ) {
        self.service = service
        self.operation = operation
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.sensitiveKeys = sensitiveKeys
    }
}
