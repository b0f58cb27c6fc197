/// A YAML mapping with known keys: its fields, and rules that involve several of them.
public struct ObjectShape: Sendable, Hashable {
    private struct Members: Sendable, Hashable {
        var definition: String?
        var doc: String
        var fields: [FieldDescription]
        var rules: [ObjectRule]
    }

    private var members: Shared<Members>

    /// The name of the shape in the JSON Schema's `$defs`, when it is defined once and referenced.
    public var definition: String? {
        get { members.value.definition }
        set { update { $0.definition = newValue } }
    }
    /// What the object is, for the JSON Schema.
    public var doc: String {
        get { members.value.doc }
        set { update { $0.doc = newValue } }
    }
    public var fields: [FieldDescription] {
        get { members.value.fields }
        set { update { $0.fields = newValue } }
    }
    public var rules: [ObjectRule] {
        get { members.value.rules }
        set { update { $0.rules = newValue } }
    }

    public init(definition: String? = nil, doc: String, fields: [FieldDescription], rules: [ObjectRule] = []) {
        members = Shared(Members(definition: definition, doc: doc, fields: fields, rules: rules))
    }

    private mutating func update(_ change: (inout Members) -> Void) {
        var changed = members.value
        change(&changed)
        members = Shared(changed)
    }

    public static func == (lhs: ObjectShape, rhs: ObjectShape) -> Bool {
        lhs.members === rhs.members || lhs.members.value == rhs.members.value
    }

    public func hash(into hasher: inout Hasher) { members.value.hash(into: &hasher) }

    /// The field with this key.
    public func field(_ key: String) -> FieldDescription? {
        members.value.fields.first { $0.key == key }
    }
}

/// A rule about which keys of an object must appear together.
public enum ObjectRule: Sendable, Hashable {
    /// Exactly one of these keys must be present.
    case exactlyOne([String])
    /// At least one of these keys must be present.
    case atLeastOne([String])
}
