import AWSModel

/// An HTTP response the emulator sends.
public struct EmulatorResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [Header]
    public var body: [UInt8]

    /// One header line.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(status: Int, headers: [Header] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The body as text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// A JSON response (`Content-Type: application/json`).
    static func json(_ status: Int, _ value: JSONValue, headers: [Header] = []) -> EmulatorResponse {
        EmulatorResponse(
            status: status,
            headers: headers + [Header("Content-Type", "application/json")],
            body: Array(value.serialized().utf8)
        )
    }
}

/// What becomes of a request: a response, or a connection closed without one (an injected fault).
public enum EmulatorOutcome: Sendable, Hashable {
    case respond(EmulatorResponse)
    case dropConnection

    /// The response, or nil when the connection is dropped.
    public var response: EmulatorResponse? {
        if case .respond(let response) = self { return response }
        return nil
    }
}
