/// Writes strings as YAML scalars that every YAML reader (1.2 core schema, and 1.1 readers such as PyYAML)
/// reads back as exactly the same string: plain when that is unambiguous, double-quoted otherwise.
///
/// A string is left plain only when it is made of a conservative set of characters, does not start with a
/// YAML indicator, and could not be read as a null, a boolean, a number or a timestamp by any version of
/// YAML (`yes`, `on`, `0x1F`, `1_000`, `12:30`, `2012-10-17` and `.inf` are quoted). Everything else is
/// double-quoted, with `\`, `"` and non-printable characters escaped.
public enum YAMLScalar {
    /// `text` as a scalar for a mapping value, key or sequence item; `inFlow` when it stands inside a flow
    /// collection (`[…]`, `{…}`), where `,`, `[`, `]`, `{` and `}` end a plain scalar.
    public static func string(_ text: String, inFlow: Bool = false) -> String {
        let plain = isPlainSafe(text) && !(inFlow && text.unicodeScalars.contains(where: flowIndicators.contains))
        return plain ? text : doubleQuoted(text)
    }

    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]

    /// Whether `text` reads back as the same string when written without quotes.
    public static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard text.unicodeScalars.allSatisfy(isPlainCharacter) else { return false }
        guard isPlainStart(first), last != " ", last != ":" else { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("  ") { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        return !looksNumeric(text)
    }

    /// `"…"` with YAML's escapes.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0xFEFF || (0xD800..<0xE000).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                {
                    out +=
                        scalar.value <= 0xFF ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Words some YAML reader resolves to a null or a boolean (YAML 1.1 and 1.2), compared in lower case.
    private static let reservedWords: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off",
    ]

    /// Letters, digits, space and a few punctuation marks that mean nothing inside a plain scalar.
    private static func isPlainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", " ", "_", "-", ".", "/", ":", "@", "+", "=", "*", "(", ")", ",", ";",
            "$", "{", "}":
            true
        default: false
        }
    }

    /// Characters a plain scalar may start with (not an indicator such as `-`, `*`, `{`, `:` or `@`).
    private static func isPlainStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "/", "$", "(", ".": true
        default: false
        }
    }

    /// Numbers, timestamps and special floats in any YAML version: strings made only of digits and the
    /// characters numbers use, anything starting with a radix prefix or a date, and `.inf`/`.nan`.
    private static func looksNumeric(_ text: String) -> Bool {
        let lower = text.lowercased()
        var body = Substring(lower)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if [".inf", ".nan"].contains(body) { return true }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") { return true }
        if startsWithDate(body) { return true }
        guard let first = body.unicodeScalars.first, ("0"..."9").contains(first) || first == "." else { return false }
        return body.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "._:e+-".unicodeScalars.contains($0) }
    }

    /// `YYYY-M-D…`, the start of a YAML 1.1 timestamp.
    private static func startsWithDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit) else { return false }
        let month = parts[1]
        let day = parts[2].prefix { $0.isASCIIDigit }
        return (1...2).contains(month.count) && month.allSatisfy(\.isASCIIDigit) && (1...2).contains(day.count)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
