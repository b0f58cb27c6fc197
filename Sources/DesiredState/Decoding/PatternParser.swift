/// Reads a pattern's text into a `PatternNode` (the syntax `Pattern` describes), refusing what it does not
/// know.
struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    mutating func parse() throws(PatternError) -> PatternNode {
        let node = try alternation()
        if position < scalars.count { throw failure("unmatched )") }
        return node
    }

    private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func failure(_ message: String) -> PatternError {
        PatternError(message: message, offset: position)
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard next == scalar else { return false }
        position += 1
        return true
    }

    private mutating func alternation() throws(PatternError) -> PatternNode {
        var branches = [try sequence()]
        while take("|") { branches.append(try sequence()) }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let scalar = next, scalar != "|", scalar != ")" {
            items.append(try quantified())
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func quantified() throws(PatternError) -> PatternNode {
        var node = try atom()
        while let scalar = next {
            let bounds: (min: Int, max: Int?)
            switch scalar {
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "?": bounds = (0, 1)
            case "{":
                position += 1
                bounds = try counted()
            default: return node
            }
            position += 1
            if let modifier = next, modifier == "?" || modifier == "+" {
                throw failure("lazy and possessive quantifiers are not supported")
            }
            node = .repetition(node, min: bounds.min, max: bounds.max)
        }
        return node
    }

    /// `n}`, `n,}` or `n,m}` after `{`; leaves the position on the `}`.
    private mutating func counted() throws(PatternError) -> (min: Int, max: Int?) {
        guard let minimum = number() else { throw failure("expected a number after {") }
        var maximum: Int? = minimum
        if take(",") { maximum = number() }
        guard next == "}" else { throw failure("expected } to close the quantifier") }
        if let maximum, maximum < minimum { throw failure("the quantifier's maximum is below its minimum") }
        return (minimum, maximum)
    }

    private mutating func number() -> Int? {
        var digits = ""
        while let scalar = next, ("0"..."9").contains(scalar) {
            digits.unicodeScalars.append(scalar)
            position += 1
        }
        return Int(digits)
    }

    private mutating func atom() throws(PatternError) -> PatternNode {
        guard let scalar = next else { throw failure("unexpected end of the pattern") }
        position += 1
        switch scalar {
        case "(":
            var lookahead: Bool?
            if take("?") {
                if take(":") {
                    lookahead = nil
                } else if take("=") {
                    lookahead = false
                } else if take("!") {
                    lookahead = true
                } else {
                    throw failure("only (?: ), (?= ) and (?! ) groups are supported")
                }
            }
            let inner = try alternation()
            guard take(")") else { throw failure("missing ) to close the group") }
            return lookahead.map { .lookahead(inner, negated: $0) } ?? inner
        case "[": return .scalar(try characterClass())
        case ".": return .scalar(.anyButNewline)
        case "^": return .start
        case "$": return .end
        case "\\":
            switch try escape() {
            case .scalar(let value): return .scalar(.scalar(value))
            case .set(let set): return .scalar(set)
            }
        case "*", "+", "?", "{": throw failure("nothing to repeat")
        default: return .scalar(.scalar(scalar.value))
        }
    }

    private enum Escaped {
        case scalar(UInt32)
        case set(ScalarSet)
    }

    /// What follows a backslash.
    private mutating func escape() throws(PatternError) -> Escaped {
        guard let scalar = next else { throw failure("the pattern ends with \\") }
        position += 1
        switch scalar {
        case "d": return .set(.digit)
        case "D": return .set(ScalarSet([.set(.digit)], negated: true))
        case "w": return .set(.word)
        case "W": return .set(ScalarSet([.set(.word)], negated: true))
        case "s": return .set(.space)
        case "S": return .set(ScalarSet([.set(.space)], negated: true))
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "u":
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = next, let hex = UInt32(String(digit), radix: 16) else {
                    throw failure("\\u needs four hexadecimal digits")
                }
                value = value * 16 + hex
                position += 1
            }
            return .scalar(value)
        case "p", "P":
            guard take("{") else { throw failure("\\p needs a category in braces, like \\p{L}") }
            var name = ""
            while let letter = next, letter != "}" {
                name.unicodeScalars.append(letter)
                position += 1
            }
            guard take("}"), let category = ScalarSet.Category(rawValue: name) else {
                throw failure("only the categories L, N and Z are supported")
            }
            return .set(ScalarSet([.category(category, negated: scalar == "P")]))
        default:
            guard !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                throw failure("unsupported escape \\\(scalar)")
            }
            return .scalar(scalar.value)
        }
    }

    /// A class after `[`, up to and including its `]`.
    private mutating func characterClass() throws(PatternError) -> ScalarSet {
        let negated = take("^")
        var members: [ScalarSet.Member] = []
        var first = true
        while true {
            guard let scalar = next else { throw failure("missing ] to close the class") }
            if scalar == "]" && !first { break }
            first = false
            position += 1
            let low: UInt32
            switch scalar {
            case "[": throw failure("nested classes are not supported")
            case "&" where next == "&": throw failure("class intersections are not supported")
            case "\\":
                switch try escape() {
                case .set(let set):
                    members.append(.set(set))
                    continue
                case .scalar(let value): low = value
                }
            default: low = scalar.value
            }
            // `a-z` is a range; a `-` first, last or right after a range is itself.
            if next == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                position += 1
                let highScalar = scalars[position]
                position += 1
                let high: UInt32
                if highScalar == "\\" {
                    guard case .scalar(let value) = try escape() else {
                        throw failure("a range cannot end with a class escape")
                    }
                    high = value
                } else {
                    high = highScalar.value
                }
                guard low <= high else { throw failure("the range's end is before its start") }
                members.append(.range(low...high))
            } else {
                members.append(.range(low...low))
            }
        }
        position += 1
        return ScalarSet(members, negated: negated)
    }
}
