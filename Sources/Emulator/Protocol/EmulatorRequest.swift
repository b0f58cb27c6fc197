public import SigV4

/// An HTTP request as the emulator receives it, independent of the server that received it.
public struct EmulatorRequest: Sendable, Hashable {
    public var method: String
    /// The path as sent, still percent-encoded.
    public var path: String
    /// The raw query string without `?`; empty when there is none.
    public var query: String
    /// Header fields in the order received (`Host` included).
    public var headers: [SigV4Request.Header]
    public var body: [UInt8]

    /// A request for `target` (`/path?query`, as on the request line).
    public init(method: String, target: String, headers: [SigV4Request.Header], body: [UInt8] = []) {
        self.method = method
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        self.headers = headers
        self.body = body
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The request as the SigV4 verifier reads it.
    var signable: SigV4Request {
        SigV4Request(method: method, path: path, query: query, headers: headers, body: body)
    }
}
