import ArgumentParser
import YAML

extension WorkflowFailure {
    /// Prints the failure on standard error, each diagnostic as file:line:column: error: message.
    func report() {
        let style = DiagnosticStyle.forStandardError()
        switch self {
        case .diagnostics(let diagnostics):
            Console.standardError.write(diagnostics.sorted().map { style.render($0) + "\n" }.joined())
        case .aws(let error):
            Console.standardError.write("error: \(error)\n")
        case .message(let message):
            Console.standardError.write("error: \(message)\n")
        }
    }
}

/// Warden's exit codes, decided in one place: 0 success (no changes), 1 error, 2 changes present.
enum WardenExit {
    static let changesPresent = ExitCode(2)

    /// Reports `failure` and gives the exit that says so.
    static func failing(_ failure: WorkflowFailure) -> ExitCode {
        failure.report()
        return .failure
    }
}
