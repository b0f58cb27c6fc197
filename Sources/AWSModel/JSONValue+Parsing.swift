/// Why a text is not JSON, and where (1-based line and column within the text).
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(message) at line \(line), column \(column) of the JSON text" }
}

extension JSONValue {
    /// Parses strict JSON (RFC 8259): one value, optional surrounding whitespace, no comments or trailing
    /// commas, no duplicate object keys (AWS policy documents and request bodies must be unambiguous).
    public init(parsing text: String) throws(JSONParseError) {
        var parser = JSONParser(Array(text.unicodeScalars))
        self = try parser.document()
    }

    /// Parses UTF-8 JSON text.
    public init(parsing bytes: some Collection<UInt8>) throws(JSONParseError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw JSONParseError(message: "the text is not UTF-8", line: 1, column: 1)
        }
        try self.init(parsing: text)
    }

    /// `parse` as a `Result`, for callers that collect errors rather than throw.
    public static func parse(_ text: String) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONValue(parsing: text) }
    }
}

/// A recursive-descent JSON parser over Unicode scalars, tracking line and column for errors.
private struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func document() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < scalars.count { throw error("unexpected \(describe(scalars[index])) after the JSON value") }
        return value
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < scalars.count else { throw error("unexpected end of text; expected a value") }
        switch scalars[index] {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": return try literal("true", .bool(true))
        case "f": return try literal("false", .bool(false))
        case "n": return try literal("null", .null)
        case "-", "0"..."9": return try parseNumber()
        default: throw error("unexpected \(describe(scalars[index])); expected a value")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek("}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek("\"") else { throw error(unexpected("a string key")) }
            let keyStart = index
            let key = try parseString()
            if members[key] != nil {
                index = keyStart
                throw error("duplicate key \"\(key)\"")
            }
            skipWhitespace()
            guard peek(":") else { throw error(unexpected("':'")) }
            index += 1
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            if peek(",") {
                index += 1
                continue
            }
            guard peek("}") else { throw error(unexpected("',' or '}'")) }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek("]") {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if peek(",") {
                index += 1
                continue
            }
            guard peek("]") else { throw error(unexpected("',' or ']'")) }
            index += 1
            depth -= 1
            return .array(items)
        }
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        var result = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                index += 1
                return String(result)
            case "\\":
                index += 1
                guard index < scalars.count else { break }
                let escape = scalars[index]
                index += 1
                switch escape {
                case "\"", "\\", "/": result.append(escape)
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u": result.append(try parseUnicodeEscape())
                default:
                    index -= 2
                    throw error("invalid escape \\\(escape) in a string")
                }
            default:
                if scalar.value < 0x20 { throw error("control character \(describe(scalar)) in a string; escape it") }
                result.append(scalar)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// After `\u`: four hex digits, combining a surrogate pair when one follows.
    private mutating func parseUnicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let high = try hexQuad()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                throw error("unpaired surrogate in a \\u escape")
            }
            index += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in a \\u escape") }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw error("unpaired surrogate in a \\u escape") }
        return scalar
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= scalars.count else { throw error("a \\u escape needs four hex digits") }
        let digits = String(String.UnicodeScalarView(scalars[index..<index + 4]))
        guard digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
            throw error("a \\u escape needs four hex digits")
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek("-") { index += 1 }
        if peek("0") {
            index += 1
        } else if index < scalars.count, ("1"..."9").contains(scalars[index]) {
            skipDigits()
        } else {
            throw error("invalid number")
        }
        if peek(".") {
            isInteger = false
            index += 1
            guard digitsFollow() else { throw error("invalid number: digits must follow '.'") }
            skipDigits()
        }
        if peek("e") || peek("E") {
            isInteger = false
            index += 1
            if peek("+") || peek("-") { index += 1 }
            guard digitsFollow() else { throw error("invalid number: digits must follow the exponent") }
            skipDigits()
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if isInteger, let integer = Int64(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            index = start
            throw error("number \(text) is out of range")
        }
        return .double(double)
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let expected = Array(word.unicodeScalars)
        guard index + expected.count <= scalars.count, Array(scalars[index..<index + expected.count]) == expected
        else { throw error("unexpected \(describe(scalars[index])); expected a value") }
        index += expected.count
        return value
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > 256 { throw error("JSON nested deeper than 256 levels") }
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { index += 1 }
    }

    private mutating func skipDigits() {
        while digitsFollow() { index += 1 }
    }

    private func digitsFollow() -> Bool {
        index < scalars.count && ("0"..."9").contains(scalars[index])
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool {
        index < scalars.count && scalars[index] == scalar
    }

    private func unexpected(_ expected: String) -> String {
        guard index < scalars.count else { return "unexpected end of text; expected \(expected)" }
        return "unexpected \(describe(scalars[index])); expected \(expected)"
    }

    private func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "U+" + String(String(scalar.value, radix: 16, uppercase: true).paddedTo4)
        }
        return "'\(scalar)'"
    }

    private func error(_ message: String) -> JSONParseError {
        var line = 1
        var column = 1
        for scalar in scalars[..<min(index, scalars.count)] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return JSONParseError(message: message, line: line, column: column)
    }
}

extension String {
    fileprivate var paddedTo4: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
