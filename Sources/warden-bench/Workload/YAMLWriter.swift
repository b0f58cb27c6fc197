import AWSModel

/// Writes values as block-style YAML the way people write desired-state files: mappings as blocks,
/// lists of scalars in flow style (`[a, b]`), lists of mappings as `- key: value` blocks, and strings
/// plain unless YAML would read them as something else (then JSON-quoted, which YAML reads back exactly).
struct YAMLWriter {
    var text = ""

    /// `key: value` at `indent` spaces; a mapping or a block list goes on the following lines.
    mutating func field(_ key: String, _ value: JSONValue, indent: Int) {
        text += String(repeating: " ", count: indent) + Self.scalar(key) + ":"
        body(value, indent: indent)
    }

    /// A comment line.
    mutating func comment(_ line: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + "# " + line + "\n"
    }

    mutating func blankLine() {
        text += "\n"
    }

    /// What follows `key:` (or `- key:`): an inline value and a line break, or a block on the next lines.
    private mutating func body(_ value: JSONValue, indent: Int) {
        switch value {
        case .object(let members) where !members.isEmpty:
            text += "\n"
            for key in members.keys.sorted() {
                field(key, members[key]!, indent: indent + 2)
            }
        case .array(let items) where items.contains(where: Self.isCollection):
            text += "\n"
            for item in items {
                listItem(item, indent: indent + 2)
            }
        default:
            text += " " + Self.inline(value) + "\n"
        }
    }

    private mutating func listItem(_ item: JSONValue, indent: Int) {
        let dash = String(repeating: " ", count: indent) + "- "
        guard case .object(let members) = item, !members.isEmpty else {
            text += dash + Self.inline(item) + "\n"
            return
        }
        for (position, key) in members.keys.sorted().enumerated() {
            if position == 0 {
                text += dash + Self.scalar(key) + ":"
                body(members[key]!, indent: indent + 2)
            } else {
                field(key, members[key]!, indent: indent + 2)
            }
        }
    }

    private static func isCollection(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let members): !members.isEmpty
        case .array(let items): !items.isEmpty
        default: false
        }
    }

    /// A value on one line: a scalar, or a flow collection.
    static func inline(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer, .double: value.serialized()
        case .string(let string): scalar(string)
        case .array(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { scalar($0) + ": " + inline(members[$0]!) }.joined(separator: ", ") + "}"
        }
    }

    /// The string plain when YAML reads it back as the same string in block and flow context, else quoted.
    static func scalar(_ string: String) -> String {
        isPlainSafe(string) ? string : JSONValue.string(string).serialized()
    }

    private static let reserved: Set<String> = [
        "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No",
        "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    ]

    private static func isPlainSafe(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last else { return false }
        guard first.properties.isAlphabetic && first.isASCII, last != " ", !reserved.contains(string) else {
            return false
        }
        return string.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || " _.-/@".unicodeScalars.contains(scalar))
        }
    }
}
