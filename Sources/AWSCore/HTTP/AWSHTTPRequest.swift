/// A request ready to send: the endpoint it goes to, and the method, encoded path and query,
/// headers and body.
public struct AWSHTTPRequest: Sendable, Hashable {
    public var method: String
    /// Scheme, host, port and an optional base path.
    public var endpoint: Endpoint
    /// The percent-encoded path, starting with `/`, relative to the endpoint's base path.
    public var path: String
    /// The percent-encoded query, without `?`; empty when there is none.
    public var query: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(
        method: String,
        endpoint: Endpoint,
        path: String,
        query: String = "",
        headers: [HTTPHeader] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.endpoint = endpoint
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The path on the wire: the endpoint's base path followed by `path`.
    public var fullPath: String {
        let base = endpoint.basePath.hasSuffix("/") ? String(endpoint.basePath.dropLast()) : endpoint.basePath
        return base + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// The request target as sent: `fullPath?query`.
    public var target: String { query.isEmpty ? fullPath : fullPath + "?" + query }

    /// The absolute URL.
    public var url: String { endpoint.origin + target }
}
