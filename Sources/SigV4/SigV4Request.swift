/// An HTTP request as the signer sees it.
///
/// `path` and `query` are exactly what goes on the wire after the method (`path?query`): a client
/// passes its already percent-encoded path, and the signer encodes it once more (double encoding, as
/// every service but S3 expects). `headers` keep their order and may repeat a name.
public struct SigV4Request: Sendable, Hashable {
    /// One header line. Names compare case-insensitively when signing.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var method: String
    public var path: String
    /// The raw query string without the leading `?`; empty when there is none.
    public var query: String
    public var headers: [Header]
    public var body: [UInt8]

    public init(method: String, path: String, query: String = "", headers: [Header], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The values of every header called `name` (case-insensitively), in order.
    public func values(of name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// Appends a header line.
    public mutating func add(_ name: String, _ value: String) {
        headers.append(Header(name, value))
    }
}
