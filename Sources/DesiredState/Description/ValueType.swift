/// What a field holds and the constraints on it, as data: the decoder, the validator and the JSON Schema
/// generator all read it.
public indirect enum ValueType: Sendable, Hashable {
    /// A string (references `${…}` allowed unless the rule says otherwise).
    case string(StringRule)
    /// A whole number.
    case integer(IntegerRule)
    /// `true` or `false`.
    case boolean
    /// A YAML sequence.
    case list(ListRule)
    /// A YAML mapping from free-form keys to values of one type.
    case map(MapRule)
    /// A YAML mapping with a fixed set of keys.
    case object(ObjectShape)
    /// A JSON object, written as a YAML mapping or as a string of JSON text.
    case jsonObject(JSONRule)
    /// A YAML mapping from logical keys to resources of one kind.
    case collection(ResourceKind)
    /// Any YAML value, read by whoever owns it (a variable's `default`).
    case anything
    /// The file's `variables:` declarations, read before the rest of the file.
    case variables

    /// The noun used in "expected …" messages.
    var expectation: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "true or false"
        case .list: "a list"
        case .map, .object, .collection: "a mapping"
        case .jsonObject: "a mapping or a string of JSON"
        case .anything: "a value"
        case .variables: "a mapping of variable declarations"
        }
    }
}
