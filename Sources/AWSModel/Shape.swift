/// A botocore shape: a type with its constraints.
public struct Shape: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case structure, list, map, string, integer, long, boolean, timestamp, blob, double, float
    }

    /// The error trait of an exception shape.
    public struct ErrorTrait: Sendable, Hashable {
        /// The wire code when it differs from the shape name.
        public let code: String?
        public let httpStatusCode: Int
        public let senderFault: Bool
    }

    public let name: String
    public let kind: Kind
    /// Structure members by their model name.
    public let members: [String: Member]
    public let required: Set<String>
    /// The element of a list, the key and value of a map.
    public let member: Member?
    public let key: Member?
    public let value: Member?
    /// Length (string, list, map) or value (number) bounds.
    public let min: Int64?
    public let max: Int64?
    public let pattern: String?
    public let enumValues: [String]?
    public let error: ErrorTrait?
    public let isException: Bool
    public let timestampFormat: TimestampFormat?
    /// Values of sensitive shapes never appear in messages or logs.
    public let isSensitive: Bool
    public let isUnion: Bool

    /// Structure members sorted by name, for deterministic iteration.
    public var sortedMembers: [Member] { members.values.sorted { $0.name < $1.name } }
}

/// A member of a structure, or the element/key/value of a list or map.
public struct Member: Sendable, Hashable {
    /// Where a request member travels.
    public enum Location: String, Sendable, Hashable {
        case body, uri, querystring, header, headers, statusCode
    }

    public let name: String
    public let shape: String
    public let location: Location
    /// The name on the wire: the URI label, query key, header, or JSON key.
    public let locationName: String?

    /// The key this member has on the wire.
    public var wireName: String { locationName ?? name }
}
