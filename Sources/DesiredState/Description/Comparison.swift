import AWSModel

/// How the planner compares a field's desired value with the live one.
public indirect enum Comparison: Sendable, Hashable {
    /// Equal or not (strings, numbers, booleans).
    case scalar
    /// Order-insensitive; elements added and removed are reported.
    case set
    /// A list of objects matched by the value of one field; each matched pair is compared field by field.
    case keyedList(key: String)
    /// A mapping matched by key; values compared with the given comparison.
    case map(values: Comparison)
    /// JSONValue values compared structurally (key order and whitespace never matter).
    case json
    /// An object compared field by field, each with its own comparison.
    case structure
}
