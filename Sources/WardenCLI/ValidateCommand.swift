import ArgumentParser
import Render

/// `warden validate FILE...`: offline checks of desired-state files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check desired-state files offline: YAML syntax, structure, AWS constraints and references.",
        discussion: """
            Prints a one-line summary per valid file on standard output and every problem as \
            file:line:column: error: message on standard error (a problem with a variable's value at where the value \
            came from: a --var-file's line, --var NAME or WARDEN_VAR_NAME); with --format json, one JSON document on \
            standard output instead (schemas/validation-report.schema.json). Exits 0 when every file is valid, \
            1 otherwise. Nothing is sent to AWS.
            """
    )

    @Argument(help: "The desired-state files to check.")
    var files: [String]

    @Option(help: "text (for people) or json (the diagnostics as data: schemas/validation-report.schema.json).")
    var format: ReportFormat = .text

    @OptionGroup var strictness: StrictOption

    @OptionGroup var variables: VariableOptions

    @Flag(
        help: ArgumentHelp(
            "Make a declared variable without a value an error (CI): without it, validate checks everything that "
                + "does not need the value and notes which variables have none."))
    var requireAllVariables = false

    func run() throws {
        let report = ValidationReport(
            paths: files, strict: strictness.strict, variables: try variables.inputs(requireAll: requireAllVariables))
        var output = ""
        var errors = ""
        format.validationView(colour: Terminal.coloursStandardError).render(report, to: &output, errors: &errors)
        Console.standardOutput.write(output)
        Console.standardError.write(errors)
        try WardenExit.check(report)
    }
}
