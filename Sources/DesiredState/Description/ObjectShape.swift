/// A YAML mapping with known keys: its fields, and rules that involve several of them.
public struct ObjectShape: Sendable, Hashable {
    /// The name of the shape in the JSON Schema's `$defs`, when it is defined once and referenced.
    public var definition: String?
    /// What the object is, for the JSON Schema.
    public var doc: String
    public var fields: [FieldDescription]
    public var rules: [ObjectRule]

    public init(definition: String? = nil, doc: String, fields: [FieldDescription], rules: [ObjectRule] = []) {
        self.definition = definition
        self.doc = doc
        self.fields = fields
        self.rules = rules
    }

    /// The field with this key.
    public func field(_ key: String) -> FieldDescription? {
        fields.first { $0.key == key }
    }
}

/// A rule about which keys of an object must appear together.
public enum ObjectRule: Sendable, Hashable {
    /// Exactly one of these keys must be present.
    case exactlyOne([String])
    /// At least one of these keys must be present.
    case atLeastOne([String])
}
