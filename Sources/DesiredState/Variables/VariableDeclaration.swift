public import YAML

/// One entry of the file's `variables:` mapping: a named, typed value given per environment.
public struct VariableDeclaration: Sendable, Hashable {
    /// The types a variable may have.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case string
        case integer
        case boolean
        /// A list of strings.
        case list
        /// A mapping of strings to strings.
        case map

        /// For messages: `a string`, `an integer`, `true or false`, `a list of strings`, `a mapping of strings`.
        var expectation: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .boolean: "true or false"
            case .list: "a list of strings"
            case .map: "a mapping of strings to strings"
            }
        }

        /// Whether a value of this type can be written inside a longer string.
        var interpolates: Bool { self == .string || self == .integer }
    }

    /// What a value must satisfy, beyond its type.
    public struct Validation: Sendable, Hashable {
        /// A regular expression every string (a list's items, a mapping's values) must match as a whole.
        public var pattern: String?
        var compiledPattern: Pattern?
        /// The only values allowed (for a list or mapping: its items or values), as their text.
        public var allowed: [String]?
        public var minimum: Int?
        public var maximum: Int?
        /// Fewest characters of a string; fewest items of a list or mapping.
        public var minLength: Int?
        /// Most characters of a string; most items of a list or mapping.
        public var maxLength: Int?
    }

    public var name: String
    public var type: Kind
    public var description: String?
    /// Hidden as `(sensitive)` wherever Warden shows it (saved plans excepted: they hold what they send).
    public var sensitive: Bool
    public var validation: Validation
    /// Where the name is written.
    public var location: SourceLocation
    /// The default, in the file, if any.
    var defaultNode: Int?
    /// False when the declaration has a mistake (reported): its uses then get no value, and no more messages.
    var isUsable = true
}

extension VariableDeclaration {
    /// Variable names: letters, digits and `_`, starting with a letter.
    static let nameRule = StringRule(
        minLength: 1, maxLength: VariableText.maximumNameLength, pattern: "[A-Za-z][A-Za-z0-9_]*",
        patternHint: "letters, digits and _, starting with a letter", allowsReferences: false)

    /// The `variables:` mapping, as the decoder reads it and the JSON Schema describes it.
    static let mappingType = ValueType.map(MapRule(key: nameRule, value: .object(shape)))

    private static let literal = StringRule(allowsReferences: false)

    private static let shape = ObjectShape(
        definition: "variable",
        doc: "A variable: a typed value given per environment, used as ${var.NAME} in any scalar value.",
        fields: [
            FieldDescription(
                "type", .string(.oneOf(Kind.allCases.map(\.rawValue))), aws: nil,
                doc: "string, integer, boolean, list (of strings) or map (strings to strings).", isRequired: true),
            FieldDescription(
                "default", .anything, aws: nil,
                doc: "The value when no environment variable, --var-file or --var gives one. Without it, the "
                    + "variable is required."),
            FieldDescription("description", .string(literal), aws: nil, doc: "What the variable is for."),
            FieldDescription(
                "sensitive", .boolean, aws: nil,
                doc: "Shown as (sensitive) in plans, drift reports, diagnostics, progress and --debug logs. Saved "
                    + "plans hold the value, as they hold everything apply sends."),
            FieldDescription("validation", .object(validationShape), aws: nil, doc: "What a value must satisfy."),
        ])

    private static let validationShape = ObjectShape(
        doc: "What a variable's value must satisfy, beyond its type.",
        fields: [
            FieldDescription(
                "pattern", .string(StringRule(minLength: 1, allowsReferences: false)), aws: nil,
                doc: "A regular expression each string (a list's items, a map's values) must match as a whole."),
            FieldDescription(
                "allowed", .list(ListRule(element: .anything, minCount: 1)), aws: nil,
                doc: "The only values allowed (for a list or map: its items or values)."),
            FieldDescription("minimum", .integer(IntegerRule()), aws: nil, doc: "The smallest integer allowed."),
            FieldDescription("maximum", .integer(IntegerRule()), aws: nil, doc: "The largest integer allowed."),
            FieldDescription(
                "minLength", .integer(IntegerRule(minimum: 0)), aws: nil,
                doc: "Fewest characters of a string; fewest items of a list or map."),
            FieldDescription(
                "maxLength", .integer(IntegerRule(minimum: 0)), aws: nil,
                doc: "Most characters of a string; most items of a list or map."),
        ])
}
