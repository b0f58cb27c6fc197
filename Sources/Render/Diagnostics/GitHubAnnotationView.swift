public import YAML

/// Diagnostics as GitHub Actions workflow commands, one per line, which GitHub shows as annotations on the
/// lines of the pull request:
///
///     ::error file=warden/prod.yaml,line=14,col=9,endLine=14,title=unknown-key::connect.prod…: unknown key …
///
/// `error` and `warning` keep their names, a note is a `notice`. The file is relative to the workspace (where
/// GitHub looks for it); the title is the diagnostic's stable code. A diagnostic that concerns the whole file
/// has no line; Warden's locations are points, so an annotation ends on the line it starts on.
/// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
public struct GitHubAnnotationView: Sendable {
    public var paths: WorkspacePaths

    public init(paths: WorkspacePaths) {
        self.paths = paths
    }

    /// One diagnostic as a workflow command, without a line end.
    public func line(_ diagnostic: Diagnostic) -> String {
        var properties = [("file", paths.shown(diagnostic.file))]
        if let location = diagnostic.location {
            properties += [
                ("line", "\(location.line)"), ("col", "\(location.column)"), ("endLine", "\(location.line)"),
            ]
        }
        properties.append(("title", diagnostic.code.id))
        return Self.command(diagnostic.severity, properties: properties, message: diagnostic.message)
    }

    /// Every diagnostic in the order given, one per line.
    public func render(_ diagnostics: some Sequence<Diagnostic>, to out: inout some TextOutputStream) {
        for diagnostic in diagnostics { out.write(line(diagnostic) + "\n") }
    }

    /// A problem that is not in a file (an AWS error, say) as a workflow command with a line end: GitHub shows
    /// it on the run.
    public static func failure(_ message: String) -> String {
        command(.error, properties: [], message: message) + "\n"
    }

    /// `::COMMAND PROPERTIES::MESSAGE`, each part escaped as GitHub unescapes it.
    static func command(_ severity: Diagnostic.Severity, properties: [(String, String)], message: String) -> String {
        let name =
            switch severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        let list = properties.map { "\($0.0)=\(GitHubEscaping.property($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(GitHubEscaping.data(message))"
    }
}

/// The escapes GitHub's runner undoes in workflow commands (`CommandStringConvertor` in actions/toolkit): in
/// the message `%`, CR and LF; in a property value also `:` and `,`, which would otherwise end it.
public enum GitHubEscaping {
    public static func data(_ text: String) -> String {
        escaped(text, property: false)
    }

    public static func property(_ text: String) -> String {
        escaped(text, property: true)
    }

    private static func escaped(_ text: String, property: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
