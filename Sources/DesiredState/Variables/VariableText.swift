/// Where a string uses variables: `${var.NAME}`, alone or inside a longer text. `$${` writes a literal `${`
/// and is passed through untouched, for the string's own field to unescape.
enum VariableText {
    /// A piece of a string that uses variables.
    enum Piece: Sendable, Hashable {
        /// Text as written (escapes included).
        case text(Substring)
        case variable(String)
    }

    /// What a string holds.
    enum Parsed: Sendable, Hashable {
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

    /// Whether `text` may use a variable: the cheap test every string of a file goes through.
    static func mayUse(_ text: String) -> Bool {
        let dollar = UInt8(ascii: "$")
        let hasDollar = text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
        return hasDollar && text.contains("${var.")
    }

    /// Whether `name` is a valid variable name: letters, digits and `_`, starting with a letter, at most 64.
    static func isValidName(_ name: some StringProtocol) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter,
            name.unicodeScalars.count <= maximumNameLength
        else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }

    static func parse(_ text: String) -> Parsed {
        guard mayUse(text) else { return .none }
        var pieces: [Piece] = []
        var rest = Substring(text)
        var literalStart = rest.startIndex
        var found = false
        while let dollar = rest.firstIndex(of: "$") {
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("${") {
                rest = after.dropFirst(2)
                continue
            }
            guard after.hasPrefix("{var.") else {
                rest = after
                continue
            }
            let body = after.dropFirst(5)
            guard let close = body.firstIndex(of: "}") else {
                return .invalid("unterminated variable \"${var.\(body)\": add the closing }")
            }
            let name = body[..<close]
            guard isValidName(name) else {
                return .invalid(
                    "invalid variable name \"\(name)\" in \"${var.\(name)}\": use letters, digits and _, starting "
                        + "with a letter, at most \(maximumNameLength)")
            }
            if literalStart < dollar { pieces.append(.text(text[literalStart..<dollar])) }
            pieces.append(.variable(String(name)))
            found = true
            rest = body[body.index(after: close)...]
            literalStart = rest.startIndex
        }
        guard found else { return .none }
        if literalStart < text.endIndex { pieces.append(.text(text[literalStart...])) }
        if pieces.count == 1, case .variable(let name) = pieces[0] { return .exact(name) }
        return .interpolated(pieces)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
