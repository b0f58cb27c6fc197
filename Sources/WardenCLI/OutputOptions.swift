public import ArgumentParser
import Foundation
import Plan
import Render
import YAML

extension PlanFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ValidationFormat: ExpressibleByArgument {}
extension PlanCommandView.Format: ExpressibleByArgument {}

/// How a plan is printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "text (for people), markdown (for a pull-request comment) or json (schemas/plan.schema.json).")
    var format: PlanFormat = .text

    /// The view, coloured only for text on a terminal and never with NO_COLOR.
    var view: any PlanView {
        format.view(colour: Terminal.coloursStandardOutput)
    }

    /// Prints the plan on standard output. Sensitive values are hidden, except in JSON: a JSON plan is what
    /// `warden apply` applies, so it holds the values it sends (treat it as a secret, as a saved plan).
    func write(_ plan: Plan) {
        let text = view.rendered(plan)
        if format == .json {
            Console.standardOutput.writeAsIs(text)
        } else {
            Console.standardOutput.write(text)
        }
    }
}

/// How `plan` and `drift` print the plan and the diagnostics found on the way.
struct PlanOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "text (for people), markdown (for a pull-request comment), json (schemas/plan.schema.json), github "
                + "(diagnostics as GitHub Actions annotations, then the text plan) or sarif (diagnostics as a SARIF "
                + "2.1.0 log; the text plan on standard error).",
            discussion: "github and sarif name files relative to GITHUB_WORKSPACE, or else the current directory."
        )
    )
    var format: PlanCommandView.Format = .text

    var view: PlanCommandView {
        PlanCommandView(
            format: format, colourOutput: Terminal.coloursStandardOutput, colourErrors: Terminal.coloursStandardError,
            paths: Terminal.workspacePaths, toolVersion: WardenVersion.current)
    }

    /// Prints the plan and the warnings found on the way. Sensitive values are hidden, except in a JSON plan
    /// (as `OutputOptions.write`).
    func write(_ plan: Plan, warnings: Diagnostics) {
        var rendered = ""
        var errors = ""
        view.render(plan, warnings: warnings, to: &rendered, errors: &errors)
        Console.standardError.write(errors)
        if format == .json {
            Console.standardOutput.writeAsIs(rendered)
        } else {
            Console.standardOutput.write(rendered)
        }
    }
}

/// What the terminal allows.
enum Terminal {
    static var noColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    static var coloursStandardOutput: Bool { isatty(STDOUT_FILENO) == 1 && !noColor }

    static var coloursStandardError: Bool { isatty(STDERR_FILENO) == 1 && !noColor }

    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Paths for CI formats: relative to `GITHUB_WORKSPACE` when it is set, else to the current directory.
    static var workspacePaths: WorkspacePaths {
        let current = FileManager.default.currentDirectoryPath
        let workspace = ProcessInfo.processInfo.environment["GITHUB_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 }
        return WorkspacePaths(workspace: workspace ?? current, currentDirectory: current)
    }

    /// Diagnostics as standard error shows them.
    static var diagnosticView: DiagnosticView { DiagnosticView(colour: coloursStandardError) }
}
