/// An HTTP request as it goes on the wire, before signing: what the rest-json and query encoders produce
/// and what the SigV4 signer signs.
public struct RESTRequest: Sendable, Equatable {
    /// A query parameter, decoded. Encoding happens once, in `queryString`.
    public struct QueryItem: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var method: String
    /// The path as sent: labels already AWS-percent-encoded.
    public var path: String
    public var query: [QueryItem]
    /// Header fields in the order they were added; names as given (HTTP names are case-insensitive).
    public var headers: [(name: String, value: String)]
    /// The body, or nil when the operation has none (then there is no Content-Type either).
    public var body: [UInt8]?

    public init(
        method: String,
        path: String,
        query: [QueryItem] = [],
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The encoded query string (no leading `?`): AWS percent-encoding, space as `%20`, never `+`.
    public var queryString: String {
        query.map { AWSPercentEncoding.encode($0.name) + "=" + AWSPercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    /// The request target: path plus query string when there is one.
    public var target: String {
        query.isEmpty ? path : path + "?" + queryString
    }

    /// The value of the first header named `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public static func == (lhs: RESTRequest, rhs: RESTRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query && lhs.body == rhs.body
            && lhs.headers.elementsEqual(rhs.headers, by: { $0.name == $1.name && $0.value == $1.value })
    }
}
