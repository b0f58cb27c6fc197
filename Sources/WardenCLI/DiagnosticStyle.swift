import Foundation
public import YAML

/// How diagnostics look on a terminal: plain, or with the severity coloured as compilers do. Colour is
/// used only when standard error is a terminal and `NO_COLOR` is not set.
public enum DiagnosticStyle: Sendable {
    case plain
    case colored

    /// The style for standard error in this process.
    public static func forStandardError() -> DiagnosticStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isatty(STDERR_FILENO) == 1 && !noColor ? .colored : .plain
    }

    /// `file:line:column: error: message`, with `error:` in bold red and `warning:` in bold magenta when
    /// coloured.
    public func render(_ diagnostic: Diagnostic) -> String {
        guard self == .colored else { return diagnostic.description }
        let location = diagnostic.location.map { ":\($0.line):\($0.column)" } ?? ""
        let color =
            switch diagnostic.severity {
            case .error: "\u{1B}[1;31m"
            case .warning: "\u{1B}[1;35m"
            case .note: "\u{1B}[1;30m"
            }
        return "\u{1B}[1m\(diagnostic.file)\(location):\u{1B}[0m \(color)\(diagnostic.severity.rawValue):\u{1B}[0m "
            + diagnostic.message
    }
}
