/// Logical names for imported resources, derived from their AWS names: words in lower case joined by `-`
/// (`CallCenterManager` → `call-center-manager`, `AI Agent` → `ai-agent`), made valid for the file's
/// logical-key pattern (letters, digits, `_` and `-`, starting with a letter or digit, at most 64
/// characters) and unique within their collection by a numeric suffix (`agent`, `agent-2`).
public struct LogicalNames: Sendable {
    public static let maximumLength = 64

    private var taken: Set<String> = []

    public init() {}

    /// A fresh name for `awsName`, falling back to `fallback` when the name has no letters or digits.
    public mutating func claim(_ awsName: String, fallback: String) -> String {
        var base = Self.derive(awsName)
        if base.isEmpty { base = Self.derive(fallback) }
        if base.isEmpty { base = "resource" }
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            let suffix = "-\(number)"
            candidate = Self.trimmed(String(base.prefix(Self.maximumLength - suffix.count))) + suffix
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// The logical name for an AWS name, before it is made unique; empty when nothing usable is left.
    public static func derive(_ awsName: String) -> String {
        var words: [String] = []
        var word = ""
        var previous: Character?
        let characters = Array(awsName)
        func flush() {
            if !word.isEmpty { words.append(word.lowercased()) }
            word = ""
        }
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber || character == "_" else {
                flush()
                previous = nil
                continue
            }
            if let previous, character.isUppercase {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A new word at lower→Upper (`callCenter`) and at the last capital of an acronym (`AIAgent`).
                if previous.isLowercase || previous.isNumber
                    || (previous.isUppercase && next.map { $0.isLowercase && $0.isASCII } == true)
                {
                    flush()
                }
            }
            word.append(character)
            previous = character
        }
        flush()
        return trimmed(String(words.joined(separator: "-").prefix(maximumLength)))
    }

    /// Without leading `_`/`-` (a logical name starts with a letter or digit) or trailing `-`.
    private static func trimmed(_ name: String) -> String {
        var name = Substring(name)
        while let first = name.first, first == "_" || first == "-" { name = name.dropFirst() }
        while name.last == "-" { name = name.dropLast() }
        return String(name)
    }
}
