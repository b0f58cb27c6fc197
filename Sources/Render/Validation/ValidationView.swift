import Plan
import YAML

/// One output format of `warden validate`. A view writes what belongs on standard output to `out` and what
/// belongs on standard error to `errors`.
public protocol ValidationView: Sendable {
    func render(
        _ report: ValidationReport, to out: inout some TextOutputStream, errors: inout some TextOutputStream)
}

/// The formats `warden validate --format` accepts: `text` and `json` as for other reports, and for CI `github`
/// (workflow-command annotations) and `sarif` (a SARIF 2.1.0 log for code scanning).
public enum ValidationFormat: String, CaseIterable, Sendable {
    case text
    case json
    case github
    case sarif

    /// The view of a validation report in this format; colour applies to the text view's diagnostics only.
    /// `paths` names files for `github` and `sarif`; `toolVersion` is Warden's version, for `sarif`.
    public func view(colour: Bool = false, paths: WorkspacePaths, toolVersion: String) -> any ValidationView {
        switch self {
        case .text: TextValidationView(colour: colour)
        case .json: JSONValidationView()
        case .github: GitHubValidationView(paths: paths)
        case .sarif: SARIFValidationView(view: SARIFView(toolVersion: toolVersion, paths: paths))
        }
    }
}

/// For people: one line per valid file on standard output (`FILE: valid: 2 Connect instances, …`), and every
/// diagnostic of every file on standard error, as compilers print them.
public struct TextValidationView: ValidationView {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(
        _ report: ValidationReport, to out: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        Self.renderSummaries(report, to: &out)
        DiagnosticView(colour: colour).render(report.files.flatMap(\.diagnostics), to: &errors)
    }

    /// `FILE: valid: …`, one line per valid file.
    static func renderSummaries(_ report: ValidationReport, to out: inout some TextOutputStream) {
        for file in report.files {
            if let declared = file.declared { out.write("\(file.path): valid: \(Self.sentence(declared))\n") }
        }
    }

    /// `2 Connect instances, 2 authentication profiles, 3 security profiles, 1 Roles Anywhere profile`: the
    /// instances always, then each kind the file has.
    public static func sentence(_ declared: ValidationReport.Declared) -> String {
        func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
            "\(count) \(count == 1 ? singular : plural)"
        }
        var parts = [counted(declared.connectInstances, "Connect instance", "Connect instances")]
        for resources in declared.resources where resources.count > 0 {
            parts.append(counted(resources.count, resources.singular, resources.plural))
        }
        return parts.joined(separator: ", ")
    }
}

/// As data (`warden validate --format json`), documented by `schemas/validation-report.schema.json`: whether
/// every file is valid, the error and warning counts, and per file its diagnostics (file, line, column,
/// severity, message) and, when valid, what it declares. One document on standard output, with a final
/// newline; nothing on standard error.
public struct JSONValidationView: ValidationView {
    /// The version of the document. A change that could break a reader gets a new version.
    public static let formatVersion = 1

    public init() {}

    public func render(
        _ report: ValidationReport, to out: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        out.write(PublicJSON.text(Document(report)) + "\n")
    }

    private struct Document: Encodable {
        var formatVersion = JSONValidationView.formatVersion
        var valid: Bool
        var errorCount: Int
        var warningCount: Int
        var files: [File]

        init(_ report: ValidationReport) {
            valid = !report.hasErrors
            files = report.files.map(File.init)
            errorCount = files.map(\.errorCount).reduce(0, +)
            warningCount = files.map(\.warningCount).reduce(0, +)
        }
    }

    private struct File: Encodable {
        var path: String
        var valid: Bool
        var errorCount: Int
        var warningCount: Int
        var declared: Declared?
        /// The text view's summary line, for a valid file.
        var summary: String?
        var diagnostics: [DiagnosticJSON]

        init(_ file: ValidationReport.File) {
            path = file.path
            valid = file.isValid
            errorCount = file.diagnostics.errorCount
            warningCount = file.diagnostics.warningCount
            declared = file.declared.map(Declared.init)
            summary = file.declared.map(TextValidationView.sentence)
            diagnostics = file.diagnostics.map(DiagnosticJSON.init)
        }
    }

    private struct Declared: Encodable {
        var connectInstances: Int
        /// Resources by kind id; every kind is present.
        var resources: [String: Int]

        init(_ declared: ValidationReport.Declared) {
            connectInstances = declared.connectInstances
            resources = Dictionary(declared.resources.map { ($0.kind, $0.count) }, uniquingKeysWith: +)
        }
    }
}
