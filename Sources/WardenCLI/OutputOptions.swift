public import ArgumentParser
import Foundation
import Plan
import Render

extension PlanFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

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

/// What the terminal allows.
enum Terminal {
    static var noColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    static var coloursStandardOutput: Bool { isatty(STDOUT_FILENO) == 1 && !noColor }

    static var coloursStandardError: Bool { isatty(STDERR_FILENO) == 1 && !noColor }

    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Diagnostics as standard error shows them.
    static var diagnosticView: DiagnosticView { DiagnosticView(colour: coloursStandardError) }
}
