/// A set of Unicode scalars as a pattern's classes describe them: ranges and general categories, possibly
/// negated. Membership of ASCII scalars, nearly all a desired-state file holds, is one bit test.
struct ScalarSet: Sendable {
    /// A Unicode general category group a class can name with `\p{…}`.
    enum Category: String, Sendable {
        case letter = "L"
        case number = "N"
        case separator = "Z"

        func contains(_ category: Unicode.GeneralCategory) -> Bool {
            switch (self, category) {
            case (.letter, .uppercaseLetter), (.letter, .lowercaseLetter), (.letter, .titlecaseLetter),
                (.letter, .modifierLetter), (.letter, .otherLetter):
                true
            case (.number, .decimalNumber), (.number, .letterNumber), (.number, .otherNumber): true
            case (.separator, .spaceSeparator), (.separator, .lineSeparator), (.separator, .paragraphSeparator):
                true
            default: false
            }
        }
    }

    /// One part of a class: a range, a category, or a whole nested set (`\D` inside a class).
    enum Member: Sendable {
        case range(ClosedRange<UInt32>)
        case category(Category, negated: Bool)
        case set(ScalarSet)
    }

    private let members: [Member]
    private let negated: Bool
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    init(_ members: [Member], negated: Bool = false) {
        self.members = members
        self.negated = negated
        var low: UInt64 = 0
        var high: UInt64 = 0
        for value in UInt32(0)..<128 where Self.contains(value, members: members) != negated {
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    static func scalar(_ value: UInt32) -> ScalarSet { ScalarSet([.range(value...value)]) }

    /// `.`: every scalar but the line terminators.
    static let anyButNewline = ScalarSet(
        [.range(0x0A...0x0D), .range(0x85...0x85), .range(0x2028...0x2029)], negated: true)
    /// `\d`.
    static let digit = ScalarSet([.range(0x30...0x39)])
    /// `\w`.
    static let word = ScalarSet([.range(0x30...0x39), .range(0x41...0x5A), .range(0x5F...0x5F), .range(0x61...0x7A)])
    /// `\s`.
    static let space = ScalarSet([.range(0x09...0x0D), .range(0x20...0x20)])

    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        return Self.contains(value, members: members) != negated
    }

    private static func contains(_ value: UInt32, members: [Member]) -> Bool {
        members.contains { member in
            switch member {
            case .range(let range): range.contains(value)
            case .set(let set): set.contains(value)
            case .category(let category, let negated):
                (Unicode.Scalar(value).map { category.contains($0.properties.generalCategory) } ?? false) != negated
            }
        }
    }
}
