/// A parsed AWS shared config or credentials file: `[section]` headers, `key = value` lines, and
/// nested values (a key with an empty value followed by indented `key = value` lines, as in the
/// `[services x]` sections). Lines starting with `#` or `;` are comments.
public struct INIFile: Sendable, Hashable {
    /// One `[section]`.
    public struct Section: Sendable, Hashable {
        public var name: String
        public var line: Int
        public var values: [String: String] = [:]
        public var nested: [String: [String: String]] = [:]
    }

    public var path: String
    /// In file order; a repeated section name is merged into the first.
    public var sections: [Section]

    /// What is wrong with a line.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String

        public var description: String { "\(path):\(line): \(message)" }
    }

    /// Parses `text`; every malformed line is reported.
    public init(path: String, text: String) throws(AWSError) {
        self.path = path
        var sections: [Section] = []
        var problems: [Problem] = []
        var nestedKey: String?
        var current: Int?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            let indented = line.first == " " || line.first == "\t"
            if trimmed.hasPrefix("[") {
                nestedKey = nil
                guard trimmed.hasSuffix("]"), trimmed.count > 2 else {
                    problems.append(Problem(path: path, line: number, message: "a section header must be [name]"))
                    continue
                }
                let name = String(trimmed.dropFirst().dropLast().trimmingWhitespace())
                if let existing = sections.firstIndex(where: { $0.name == name }) {
                    current = existing
                } else {
                    sections.append(Section(name: name, line: number))
                    current = sections.count - 1
                }
                continue
            }
            guard let sectionIndex = current else {
                problems.append(Problem(path: path, line: number, message: "a setting must follow a [section] header"))
                continue
            }
            guard let equals = trimmed.firstIndex(of: "=") else {
                problems.append(Problem(path: path, line: number, message: "expected 'key = value'"))
                continue
            }
            let key = String(trimmed[..<equals].trimmingWhitespace())
            let value = String(trimmed[trimmed.index(after: equals)...].trimmingWhitespace())
            guard !key.isEmpty else {
                problems.append(Problem(path: path, line: number, message: "the key before '=' is empty"))
                continue
            }
            if indented, let parent = nestedKey {
                sections[sectionIndex].nested[parent, default: [:]][key] = value
            } else if value.isEmpty {
                nestedKey = key
                sections[sectionIndex].nested[key] = sections[sectionIndex].nested[key] ?? [:]
            } else {
                nestedKey = nil
                sections[sectionIndex].values[key] = value
            }
        }
        guard problems.isEmpty else {
            throw .configuration(
                "Cannot parse \(path):\n" + problems.map { "  \($0)" }.joined(separator: "\n"),
                code: "ConfigParseError"
            )
        }
        self.sections = sections
    }

    public func section(_ name: String) -> Section? { sections.first { $0.name == name } }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[start..<end]
    }
}
