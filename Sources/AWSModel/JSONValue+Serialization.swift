/// How `JSONValue.serialized` lays out text.
public struct JSONFormatting: Sendable, Equatable {
    /// Object keys in byte order of their UTF-8: the canonical form used for fingerprints and diffs.
    public var sortedKeys: Bool
    /// Two-space indented, one member per line.
    public var pretty: Bool

    public init(sortedKeys: Bool = true, pretty: Bool = false) {
        self.sortedKeys = sortedKeys
        self.pretty = pretty
    }

    /// Sorted keys, no whitespace: equal values always give equal text.
    public static let canonical = JSONFormatting()

    /// Sorted keys, two-space indentation: the form of files Warden writes (schemas, plans).
    public static let pretty = JSONFormatting(sortedKeys: true, pretty: true)
}

extension JSONValue {
    /// The value as JSON text. With `.canonical` (the default) equal values give identical text.
    public func serialized(_ formatting: JSONFormatting = .canonical) -> String {
        var out = ""
        write(to: &out, formatting: formatting, indent: 0)
        return out
    }

    private func write(to out: inout String, formatting: JSONFormatting, indent: Int) {
        let newline = formatting.pretty ? "\n" : ""
        let pad = { (level: Int) in formatting.pretty ? String(repeating: "  ", count: level) : "" }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .double(let value): out += Self.format(double: value)
        case .string(let value): Self.writeQuoted(value, to: &out)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            out += "[" + newline
            for (offset, element) in elements.enumerated() {
                out += pad(indent + 1)
                element.write(to: &out, formatting: formatting, indent: indent + 1)
                out += (offset == elements.count - 1 ? "" : ",") + newline
            }
            out += pad(indent) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            let keys =
                formatting.sortedKeys
                ? members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } : Array(members.keys)
            out += "{" + newline
            for (offset, key) in keys.enumerated() {
                out += pad(indent + 1)
                Self.writeQuoted(key, to: &out)
                out += formatting.pretty ? ": " : ":"
                members[key]!.write(to: &out, formatting: formatting, indent: indent + 1)
                out += (offset == keys.count - 1 ? "" : ",") + newline
            }
            out += pad(indent) + "}"
        }
    }

    private static func format(double: Double) -> String {
        guard double.isFinite else { return "null" }
        if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
        return String(double)
    }

    private static func writeQuoted(_ string: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: they go in whole.
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
