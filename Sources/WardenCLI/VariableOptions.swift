import ArgumentParser
import DesiredState
import Foundation

/// `--var` and `--var-file`, shared by the commands that load a desired-state file (validate, plan, apply FILE,
/// drift). Environment variables `WARDEN_VAR_<NAME>` are read too, below both in precedence.
struct VariableOptions: ParsableArguments {
    @Option(
        name: .customLong("var"),
        help: ArgumentHelp(
            "Give the variable NAME this value (repeatable; the last wins; over --var-file and WARDEN_VAR_NAME). "
                + "A list or map is written in YAML flow style: --var 'perms=[A, B]'.",
            valueName: "NAME=VALUE"))
    var assignments: [String] = []

    @Option(
        name: .customLong("var-file"),
        help: ArgumentHelp(
            "Read variables' values from this YAML mapping of names to values (repeatable; later files win).",
            valueName: "file"))
    var files: [String] = []

    /// Whether any value was given on the command line.
    var isEmpty: Bool { assignments.isEmpty && files.isEmpty }

    /// The values given, with the process's `WARDEN_VAR_<NAME>` environment variables; a var file that cannot
    /// be read, or a `--var` without `=`, is an error before anything else.
    func inputs(requireAll: Bool = true) throws -> VariableInputs {
        switch VariableInputs.read(
            files: files, assignments: assignments, environment: ProcessInfo.processInfo.environment,
            requireAll: requireAll)
        {
        case .success(let inputs): return inputs
        case .failure(let problems): throw WardenExit.failing(.diagnostics(problems))
        }
    }
}
