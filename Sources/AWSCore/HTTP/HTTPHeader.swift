/// One header line; names compare case-insensitively.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [HTTPHeader] {
    /// The first value of the header called `name` (any case).
    public func first(_ name: String) -> String? {
        let wanted = name.lowercased()
        return first { $0.name.lowercased() == wanted }?.value
    }

    /// Replaces every header called `name` (any case) by one with `value`.
    public mutating func set(_ name: String, _ value: String) {
        let wanted = name.lowercased()
        removeAll { $0.name.lowercased() == wanted }
        append(HTTPHeader(name, value))
    }
}
