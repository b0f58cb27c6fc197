public import Plan
public import YAML

/// What `warden plan` and `warden drift` print: the plan, and the diagnostics found on the way (warnings when
/// there is a plan, the problems that stopped it when there is none), in the format `--format` chose.
///
/// - `text`, `markdown`, `json`: the plan in that view on standard output; diagnostics on standard error, as
///   compilers print them.
/// - `github`: for a GitHub Actions job. Every diagnostic is a workflow command (an annotation on the pull
///   request), then the plan as text, all on standard output; `warden show PLAN --format markdown` renders the
///   comment from the plan saved with `-o`, without reading AWS again.
/// - `sarif`: the diagnostics as one SARIF 2.1.0 log on standard output (also when there are none); the plan as
///   text on standard error. A failure outside the file (an AWS error) prints no log.
public struct PlanCommandView: Sendable {
    /// The formats `plan` and `drift` accept.
    public enum Format: String, CaseIterable, Sendable {
        case text
        case markdown
        case json
        case github
        case sarif

        /// The plan view of `text`, `markdown` and `json`.
        var planFormat: PlanFormat? {
            switch self {
            case .text: .text
            case .markdown: .markdown
            case .json: .json
            case .github, .sarif: nil
            }
        }
    }

    public var format: Format
    /// Whether standard output, and standard error, may be coloured (text only).
    public var colourOutput: Bool
    public var colourErrors: Bool
    /// Names files for `github` and `sarif`.
    public var paths: WorkspacePaths
    /// Warden's version, for `sarif`.
    public var toolVersion: String

    public init(
        format: Format, colourOutput: Bool = false, colourErrors: Bool = false, paths: WorkspacePaths,
        toolVersion: String
    ) {
        self.format = format
        self.colourOutput = colourOutput
        self.colourErrors = colourErrors
        self.paths = paths
        self.toolVersion = toolVersion
    }

    /// A plan was made: `warnings` (the file's, in reading order), then the plan.
    public func render(
        _ plan: Plan, warnings: Diagnostics, to out: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) {
        let warnings = warnings.sorted()
        switch format {
        case .text, .markdown, .json:
            DiagnosticView(colour: colourErrors).render(warnings, to: &errors)
            format.planFormat?.view(colour: colourOutput).render(plan, to: &out)
        case .github:
            GitHubAnnotationView(paths: paths).render(warnings, to: &out)
            TextPlanView(colour: false).render(plan, to: &out)
        case .sarif:
            SARIFView(toolVersion: toolVersion, paths: paths).render(warnings, to: &out)
            TextPlanView(colour: colourErrors).render(plan, to: &errors)
        }
    }

    /// No plan: the problems in the file, or found reading the live state, that stopped it (in reading order).
    public func render(
        problems: Diagnostics, to out: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        let problems = problems.sorted()
        switch format {
        case .text, .markdown, .json: DiagnosticView(colour: colourErrors).render(problems, to: &errors)
        case .github: GitHubAnnotationView(paths: paths).render(problems, to: &out)
        case .sarif: SARIFView(toolVersion: toolVersion, paths: paths).render(problems, to: &out)
        }
    }

    /// No plan, for a reason outside the file (an AWS error, a target the file does not have).
    public func render(
        failure message: String, to out: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) {
        switch format {
        case .github: out.write(GitHubAnnotationView.failure(message))
        case .text, .markdown, .json, .sarif: errors.write("error: \(message)\n")
        }
    }
}
