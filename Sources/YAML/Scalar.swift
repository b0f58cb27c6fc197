/// A scalar's text and its YAML 1.2 core-schema type.
///
/// The type follows the core schema: plain `null`, `Null`, `NULL`, `~` and the empty scalar are null; only
/// `true`/`True`/`TRUE`/`false`/`False`/`FALSE` are booleans (so `yes`, `no`, `on` and `off` stay strings);
/// integers are decimal, `0o` octal or `0x` hexadecimal; floats include `.inf` and `.nan`. Quoted and block
/// scalars are always strings. An explicit standard tag (`!!str`, `!!int`, ...) sets the type.
public struct Scalar: Sendable, Hashable {
    /// The scalar's text, after YAML's quoting, escaping and folding rules.
    public var value: String
    /// The resolved type.
    public var type: ScalarType
    /// How the scalar was written.
    public var style: ScalarStyle

    public init(value: String, type: ScalarType, style: ScalarStyle) {
        self.value = value
        self.type = type
        self.style = style
    }

    /// The boolean, if the type is `.bool`.
    public var boolValue: Bool? {
        guard type == .bool else { return nil }
        return value.lowercased() == "true"
    }

    /// The integer, if the type is `.int` and the value fits in an `Int`.
    public var intValue: Int? {
        guard type == .int else { return nil }
        return CoreSchema.integer(value)
    }

    /// The number, if the type is `.int` or `.float` (`.inf`, `-.inf` and `.nan` included).
    public var doubleValue: Double? {
        switch type {
        case .int: CoreSchema.integer(value).map(Double.init) ?? Double(value)
        case .float: CoreSchema.float(value)
        default: nil
        }
    }
}

/// A scalar's type under the YAML 1.2 core schema.
public enum ScalarType: String, Sendable, Hashable {
    case null
    case bool
    case int
    case float
    case string

    /// A short noun for messages: `null`, `a boolean`, `an integer`, `a float` or `a string`.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .float: "a float"
        case .string: "a string"
        }
    }
}

/// How a scalar was written.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}
