/// Every problem found, kept in the order they were reported. Also an `Error`, so a stage that fails can throw
/// all of its problems at once.
public struct Diagnostics: Error, Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    /// The diagnostics, in the order they were reported.
    public private(set) var all: [Diagnostic]

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public init(arrayLiteral elements: Diagnostic...) {
        all = elements
    }

    public var startIndex: Int { all.startIndex }
    public var endIndex: Int { all.endIndex }
    public subscript(position: Int) -> Diagnostic { all[position] }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        all.append(contentsOf: other)
    }

    /// Adds an error of kind `code`.
    public mutating func error(_ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation?) {
        append(.error(code, message, file: file, at: location))
    }

    /// Adds a warning of kind `code`.
    public mutating func warning(
        _ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation?
    ) {
        append(.warning(code, message, file: file, at: location))
    }

    /// Whether any diagnostic is an error (warnings and notes do not make a file invalid).
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many diagnostics are errors.
    public var errorCount: Int { all.count { $0.severity == .error } }

    /// How many diagnostics are warnings.
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// The same diagnostics in reading order: by file (first appearance), then line and column; whole-file
    /// diagnostics first. Diagnostics at the same place keep the order they were reported in.
    public func sorted() -> Diagnostics {
        var fileOrder: [String: Int] = [:]
        for diagnostic in all where fileOrder[diagnostic.file] == nil {
            fileOrder[diagnostic.file] = fileOrder.count
        }
        let ordered = all.enumerated().sorted { lhs, rhs in
            let left = (
                fileOrder[lhs.element.file]!, lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0
            )
            let right = (
                fileOrder[rhs.element.file]!, rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0
            )
            if left != right { return left < right }
            return lhs.offset < rhs.offset
        }
        return Diagnostics(ordered.map(\.element))
    }

    /// One rendered diagnostic per line, no trailing newline.
    public var description: String {
        all.map(\.description).joined(separator: "\n")
    }
}
