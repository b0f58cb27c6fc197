/// A YAML mapping with known keys: its fields, and rules that involve several of them.
public struct ObjectShape: Sendable, Hashable {
    private struct Members: Sendable, Hashable {
        var definition: String?
        var doc: String
        var fields: [FieldDescription]
        var rules: [ObjectRule]
        /// The fields' keys, in the same order: looked up for every key of every object the file declares.
        var keys: [String]
    }

    private let members: Shared<Members>

    /// The name of the shape in the JSON Schema's `$defs`, when it is defined once and referenced.
    public var definition: String? { members.value.definition }
    /// What the object is, for the JSON Schema.
    public var doc: String { members.value.doc }
    public var fields: [FieldDescription] { members.value.fields }
    public var rules: [ObjectRule] { members.value.rules }

    public init(definition: String? = nil, doc: String, fields: [FieldDescription], rules: [ObjectRule] = []) {
        members = Shared(
            Members(definition: definition, doc: doc, fields: fields, rules: rules, keys: fields.map(\.key)))
    }

    /// The field with this key.
    public func field(_ key: String) -> FieldDescription? {
        let members = members.value
        return members.keys.firstIndex(of: key).map { members.fields[$0] }
    }
}

/// A rule about which keys of an object must appear together.
public enum ObjectRule: Sendable, Hashable {
    /// Exactly one of these keys must be present.
    case exactlyOne([String])
    /// At least one of these keys must be present.
    case atLeastOne([String])
}
