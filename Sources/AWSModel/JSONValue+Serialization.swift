/// How `JSONValue.serialized` lays out text.
public struct JSONFormatting: Sendable, Equatable {
    /// Object keys in byte order of their UTF-8: the canonical form used for fingerprints and diffs.
    public var sortedKeys: Bool
    /// Two-space indented, one member per line.
    public var pretty: Bool
    /// On one line, a space after each `,` and `:` (when not `pretty`).
    public var spaced: Bool

    public init(sortedKeys: Bool = true, pretty: Bool = false, spaced: Bool = false) {
        self.sortedKeys = sortedKeys
        self.pretty = pretty
        self.spaced = spaced
    }

    /// Sorted keys, no whitespace: equal values always give equal text.
    public static let canonical = JSONFormatting()

    /// Sorted keys, two-space indentation: the form of files Warden writes (schemas, plans).
    public static let pretty = JSONFormatting(sortedKeys: true, pretty: true)

    /// Sorted keys, one line, `["a", "b"]` and `{"k": 1}`: how plans show a value to people.
    public static let inline = JSONFormatting(sortedKeys: true, spaced: true)
}

extension JSONValue {
    /// The value as JSON text. With `.canonical` (the default) equal values give identical text.
    public func serialized(_ formatting: JSONFormatting = .canonical) -> String {
        // Scalars, which plans and diagnostics show one by one, are made directly.
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .double(let value): return Self.format(double: value)
        case .string(let value) where Self.isWrittenAsIs(value): return "\"" + value + "\""
        default: return String(decoding: serializedUTF8(formatting), as: UTF8.self)
        }
    }

    /// The UTF-8 bytes of `serialized(formatting)`, without making the string (what digests hash).
    public func serializedUTF8(_ formatting: JSONFormatting = .canonical) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        write(to: &out, formatting: formatting, indent: 0)
        return out
    }

    private func write(to out: inout [UInt8], formatting: JSONFormatting, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): out.append(contentsOf: Self.format(double: value).utf8)
        case .string(let value): Self.writeQuoted(value, to: &out)
        case .array(let elements):
            if elements.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            Self.newline(&out, formatting)
            for (offset, element) in elements.enumerated() {
                Self.pad(&out, formatting, indent + 1)
                element.write(to: &out, formatting: formatting, indent: indent + 1)
                if offset != elements.count - 1 { Self.comma(&out, formatting) }
                Self.newline(&out, formatting)
            }
            Self.pad(&out, formatting, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            Self.newline(&out, formatting)
            if formatting.sortedKeys {
                let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                for (offset, member) in sorted.enumerated() {
                    Self.write(
                        member: member.key, member.value, last: offset == sorted.count - 1, to: &out, formatting, indent
                    )
                }
            } else {
                for (offset, member) in members.enumerated() {
                    Self.write(
                        member: member.key, member.value, last: offset == members.count - 1, to: &out, formatting,
                        indent)
                }
            }
            Self.pad(&out, formatting, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func write(
        member key: String, _ value: JSONValue, last: Bool, to out: inout [UInt8], _ formatting: JSONFormatting,
        _ indent: Int
    ) {
        pad(&out, formatting, indent + 1)
        writeQuoted(key, to: &out)
        out.append(UInt8(ascii: ":"))
        if formatting.pretty || formatting.spaced { out.append(UInt8(ascii: " ")) }
        value.write(to: &out, formatting: formatting, indent: indent + 1)
        if !last { comma(&out, formatting) }
        newline(&out, formatting)
    }

    private static func comma(_ out: inout [UInt8], _ formatting: JSONFormatting) {
        out.append(UInt8(ascii: ","))
        if formatting.spaced && !formatting.pretty { out.append(UInt8(ascii: " ")) }
    }

    private static func newline(_ out: inout [UInt8], _ formatting: JSONFormatting) {
        if formatting.pretty { out.append(UInt8(ascii: "\n")) }
    }

    private static func pad(_ out: inout [UInt8], _ formatting: JSONFormatting, _ level: Int) {
        if formatting.pretty { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
    }

    private static func format(double: Double) -> String {
        guard double.isFinite else { return "null" }
        if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
        return String(double)
    }

    /// Whether JSON writes `text` between its quotes unescaped, byte for byte.
    public static func isWrittenAsIs(_ text: String) -> Bool { text.utf8.allSatisfy(isPlain) }

    /// Whether a byte of a string stands for itself in JSON text.
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    /// The string quoted, with `"`, `\\` and control characters escaped. Bytes of multi-byte characters are
    /// all 0x80 or above, so the UTF-8 is escaped byte by byte.
    private static func writeQuoted(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Most strings need no escape: they go in whole.
            var clean = 0
            while clean < bytes.count, isPlain(bytes[clean]) { clean += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<clean]))
            for byte in bytes[clean...] {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: (#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
