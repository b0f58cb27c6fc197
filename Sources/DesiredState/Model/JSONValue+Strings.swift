public import AWSModel

/// What the desired state needs of a JSON value (session policies): messages, the strings references
/// hide in, and substituting them.
extension JSONValue {
    /// A short noun for messages: `null`, `a boolean`, `a number`, `a string`, `an array` or `an object`.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Every string in the value (object keys excluded), depth first.
    public var strings: [String] {
        switch self {
        case .string(let string): [string]
        case .array(let items): items.flatMap(\.strings)
        case .object(let members): members.keys.sorted().flatMap { members[$0]!.strings }
        default: []
        }
    }

    /// Whether some string in the value (object keys excluded) satisfies `predicate`.
    public func containsString(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .string(let string): predicate(string)
        case .array(let items): items.contains { $0.containsString(where: predicate) }
        case .object(let members): members.values.contains { $0.containsString(where: predicate) }
        default: false
        }
    }

    /// The same value with every string transformed (object keys untouched); `nil` if `transform` returns nil
    /// for any string.
    public func mapStrings(_ transform: (String) -> String?) -> JSONValue? {
        switch self {
        case .string(let string):
            return transform(string).map(JSONValue.string)
        case .array(let items):
            var mapped: [JSONValue] = []
            for item in items {
                guard let value = item.mapStrings(transform) else { return nil }
                mapped.append(value)
            }
            return .array(mapped)
        case .object(let members):
            var mapped: [String: JSONValue] = [:]
            for (key, value) in members {
                guard let value = value.mapStrings(transform) else { return nil }
                mapped[key] = value
            }
            return .object(mapped)
        default:
            return self
        }
    }
}
