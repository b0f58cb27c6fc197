extension JSONValue {
    /// Compact JSON with object keys sorted by their UTF-8 bytes and no insignificant whitespace: the form
    /// Warden sends to AWS and compares.
    public var canonicalText: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// JSON indented by two spaces with object keys sorted, ending without a newline: the form of
    /// files Warden writes (such as the JSON Schema).
    public var prettyText: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .double(let value): output += Self.render(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            writeContainer(
                open: "[", close: "]", count: items.count, to: &output, indent: indent, level: level
            ) { index, output in
                items[index].write(to: &output, indent: indent, level: level + 1)
            }
        case .object(let members):
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            writeContainer(
                open: "{", close: "}", count: keys.count, to: &output, indent: indent, level: level
            ) { index, output in
                Self.writeString(keys[index], to: &output)
                output += indent == nil ? ":" : ": "
                members[keys[index]]!.write(to: &output, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, to output: inout String, indent: String?, level: Int,
        element: (Int, inout String) -> Void
    ) {
        output += open
        guard count > 0 else {
            output += close
            return
        }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let indent { output += "\n" + String(repeating: indent, count: level + 1) }
            element(index, &output)
        }
        if let indent { output += "\n" + String(repeating: indent, count: level) }
        output += close
    }

    /// Integral doubles render without a fraction (`1.0` → `1`); others as Swift's shortest round-trip form.
    private static func render(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
