public import ArgumentParser
import Foundation
import Render

extension PlanFormat: ExpressibleByArgument {}

/// How a plan is printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "text (for people), markdown (for a pull-request comment) or json (schemas/plan.schema.json).")
    var format: PlanFormat = .text

    /// The view, coloured only for text on a terminal and never with NO_COLOR.
    var view: any PlanView {
        format.view(colour: Terminal.coloursStandardOutput)
    }
}

/// What the terminal allows.
enum Terminal {
    static var noColor: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    static var coloursStandardOutput: Bool { isatty(STDOUT_FILENO) == 1 && !noColor }

    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
