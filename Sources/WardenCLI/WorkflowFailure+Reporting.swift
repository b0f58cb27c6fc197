import ArgumentParser
import Plan
import Render
import YAML

extension WorkflowFailure {
    /// Prints the failure on standard error, each diagnostic as file:line:column: error: message.
    func report() {
        switch self {
        case .diagnostics(let diagnostics):
            Console.standardError.write(Terminal.diagnosticView.rendered(diagnostics.sorted()))
        case .aws(let error):
            Console.standardError.write("error: \(error)\n")
        case .message(let message):
            Console.standardError.write("error: \(message)\n")
        }
    }

    /// Prints the failure of `plan` or `drift` in the form its `--format` chose.
    func report(in view: PlanCommandView) {
        var out = ""
        var errors = ""
        switch self {
        case .diagnostics(let diagnostics): view.render(problems: diagnostics, to: &out, errors: &errors)
        case .aws(let error): view.render(failure: "\(error)", to: &out, errors: &errors)
        case .message(let message): view.render(failure: message, to: &out, errors: &errors)
        }
        Console.standardOutput.write(out)
        Console.standardError.write(errors)
    }
}

/// Warden's exit codes, decided in one place: 0 success (no changes), 1 error, 2 changes present, 130 and 143
/// interrupted by SIGINT and SIGTERM. (64, a command line that is wrong, is ArgumentParser's answer to a
/// `ValidationError`.)
enum WardenExit {
    static let failure = ExitCode.failure
    static let changesPresent = ExitCode(2)

    /// 128 + the signal's number, as shells report a process that a signal ended: 130 for SIGINT, 143 for
    /// SIGTERM.
    static func interrupted(_ signal: Interruption.Signal) -> ExitCode {
        ExitCode(128 + signal.number)
    }

    /// Any command that talks to AWS: the signal's code once one interrupted it, whatever else happened.
    static func check(_ interruption: Interruption) throws(ExitCode) {
        if let signal = interruption.signal { throw interrupted(signal) }
    }

    /// Reports `failure` and gives the exit that says so.
    static func failing(_ failure: WorkflowFailure) -> ExitCode {
        failure.report()
        return Self.failure
    }

    /// Reports `failure` of `plan` or `drift` as `view` prints it, and gives the exit that says so.
    static func failing(_ failure: WorkflowFailure, in view: PlanCommandView) -> ExitCode {
        failure.report(in: view)
        return Self.failure
    }

    /// `validate`: 1 when any file has an error.
    static func check(_ report: ValidationReport) throws(ExitCode) {
        if report.hasErrors { throw failure }
    }

    /// `apply`: 1 unless every change was made.
    static func check(_ report: ApplyReport) throws(ExitCode) {
        if !report.succeeded { throw failure }
    }

    /// `adopt`: 1 when something could not be adopted; with `--check`, else 2 when the file would change.
    static func check(_ report: AdoptionReport, fileChanges: Bool, check: Bool) throws(ExitCode) {
        if report.isIncomplete { throw failure }
        if check && fileChanges { throw changesPresent }
    }

    /// `plan` and `drift`: 2 when the plan has changes and the command reports them in its exit code
    /// (`plan --detailed-exitcode`, `drift` always).
    static func check(_ plan: Plan, changesExitTwo: Bool) throws(ExitCode) {
        if changesExitTwo && plan.hasChanges { throw changesPresent }
    }
}
