/// Where a string uses variables: `${var.NAME}`, alone or inside a longer text. `$${` writes a literal `${`
/// and is passed through untouched, for the string's own field to unescape.
package enum VariableText {
    /// A piece of a string that uses variables.
    package enum Piece: Sendable, Hashable {
        /// Text as written (escapes included).
        case text(Substring)
        case variable(String)
    }

    /// What a string holds.
    package enum Parsed: Sendable, Hashable {
        /// No variable.
        case none
        /// Exactly `${var.NAME}`: the value keeps the variable's type.
        case exact(String)
        /// Variables inside a longer text: the values are interpolated.
        case interpolated([Piece])
        /// A malformed use.
        case invalid(String)
    }

    /// The longest variable name.
    static let maximumNameLength = 64

    /// Whether `text` may use a variable (holds `${var.`): the cheap test every string of a file goes through.
    package static func mayUse(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ firstUse(in: $0, from: 0) != nil }) {
            return found
        }
        var contiguous = text
        return contiguous.withUTF8 { firstUse(in: $0, from: 0) != nil }
    }

    /// The offset of the next `${var.` in `bytes` from `start`.
    private static func firstUse(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 6 <= bytes.count {
            if bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{"),
                bytes[index + 2] == UInt8(ascii: "v"), bytes[index + 3] == UInt8(ascii: "a"),
                bytes[index + 4] == UInt8(ascii: "r"), bytes[index + 5] == UInt8(ascii: ".")
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `name` is a valid variable name: letters, digits and `_`, starting with a letter, at most 64.
    static func isValidName(_ name: some StringProtocol) -> Bool {
        guard let first = name.utf8.first, first.isASCIILetter, name.utf8.count <= maximumNameLength else {
            return false
        }
        return name.utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }
    }

    /// The string's pieces, read byte by byte (every string of a file with variables comes through here).
    package static func parse(_ text: String) -> Parsed {
        var contiguous = text
        return contiguous.withUTF8 { bytes in parse(text, bytes) }
    }

    private static func parse(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Parsed {
        let dollar = UInt8(ascii: "$")
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var pieces: [Piece] = []
        var literalStart = 0
        var position = 0
        while position < bytes.count {
            guard bytes[position] == dollar else {
                position += 1
                continue
            }
            // `$${` is an escape: passed through for the field to unescape.
            if position + 2 < bytes.count, bytes[position + 1] == dollar, bytes[position + 2] == open {
                position += 3
                continue
            }
            guard firstUse(in: bytes, from: position) == position else {
                position += 1
                continue
            }
            let nameStart = position + 6
            var end = nameStart
            while end < bytes.count, bytes[end] != close { end += 1 }
            guard end < bytes.count else {
                return .invalid("unterminated variable \"\(text[index(position)...])\": add the closing }")
            }
            let name = text[index(nameStart)..<index(end)]
            guard isValidName(name) else {
                return .invalid(
                    "invalid variable name \"\(name)\" in \"${var.\(name)}\": use letters, digits and _, starting "
                        + "with a letter, at most \(maximumNameLength)")
            }
            if literalStart < position { pieces.append(.text(text[index(literalStart)..<index(position)])) }
            pieces.append(.variable(String(name)))
            position = end + 1
            literalStart = position
        }
        guard !pieces.isEmpty else { return .none }
        if literalStart < bytes.count { pieces.append(.text(text[index(literalStart)...])) }
        if pieces.count == 1, case .variable(let name) = pieces[0] { return .exact(name) }
        return .interpolated(pieces)
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
    }
    fileprivate var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
