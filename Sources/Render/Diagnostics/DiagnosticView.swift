public import YAML

/// Diagnostics for people, as compilers print them: `file:line:column: error: message`, one per line. With
/// colour, the location is bold and the severity bold red (`error:`), magenta (`warning:`) or grey (`note:`).
public struct DiagnosticView: Sendable {
    /// ANSI colour. The CLI turns it on only when standard error is a terminal and `NO_COLOR` is not set.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// One diagnostic, without a line end.
    public func line(_ diagnostic: Diagnostic) -> String {
        guard colour else { return diagnostic.description }
        let location = diagnostic.location.map { ":\($0.line):\($0.column)" } ?? ""
        let style: ANSIStyle =
            switch diagnostic.severity {
            case .error: .boldRed
            case .warning: .boldMagenta
            case .note: .boldGrey
            }
        return ANSIStyle.bold.paint("\(diagnostic.file)\(location):", if: true) + " "
            + style.paint("\(diagnostic.severity.rawValue):", if: true) + " " + diagnostic.message
    }

    /// Every diagnostic in the order given, one per line.
    public func render(_ diagnostics: some Sequence<Diagnostic>, to out: inout some TextOutputStream) {
        for diagnostic in diagnostics { out.write(line(diagnostic) + "\n") }
    }

    /// Every diagnostic in the order given, one per line.
    public func rendered(_ diagnostics: some Sequence<Diagnostic>) -> String {
        var out = ""
        render(diagnostics, to: &out)
        return out
    }
}

/// A diagnostic as data (`warden validate --format json`): where it is, how bad, what is wrong. `line` and
/// `column` are 1-based and absent when the problem concerns the whole file (for example when it cannot be read).
struct DiagnosticJSON: Encodable {
    var file: String
    var line: Int?
    var column: Int?
    var severity: String
    var message: String

    init(_ diagnostic: Diagnostic) {
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
    }
}
