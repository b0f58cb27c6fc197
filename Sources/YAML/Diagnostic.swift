/// One problem found in a file: where it is, how bad it is, what kind of problem it is, and what is wrong.
///
/// Rendered exactly as compilers do, `file:line:column: error: message`, or `file: error: message` when the
/// problem concerns the whole file (for example when it cannot be read).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a diagnostic is. Only errors make a file invalid.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    /// The file as the user named it (a path, or a label such as `<stdin>`).
    public var file: String
    /// Where in the file; `nil` when the problem concerns the whole file.
    public var location: SourceLocation?
    public var severity: Severity
    /// What kind of problem (a stable id for tools: SARIF's rule).
    public var code: DiagnosticCode
    public var message: String

    public init(file: String, location: SourceLocation?, severity: Severity, code: DiagnosticCode, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// An error of kind `code` at `location` in `file`.
    public static func error(_ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation?)
        -> Diagnostic
    {
        Diagnostic(file: file, location: location, severity: .error, code: code, message: message)
    }

    /// A warning of kind `code` at `location` in `file`.
    public static func warning(_ code: DiagnosticCode, _ message: String, file: String, at location: SourceLocation?)
        -> Diagnostic
    {
        Diagnostic(file: file, location: location, severity: .warning, code: code, message: message)
    }

    /// The line of the location, or `nil` for a whole-file diagnostic.
    public var line: Int? { location?.line }
    /// The column of the location, or `nil` for a whole-file diagnostic.
    public var column: Int? { location?.column }

    /// `file:line:column: severity: message`.
    public var description: String {
        if let location {
            return "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        return "\(file): \(severity.rawValue): \(message)"
    }
}
