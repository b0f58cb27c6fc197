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
            standard output instead (schemas/validation-report.schema.json); with --format github, every problem \
            as a GitHub Actions annotation, then the summaries, on standard output; with --format sarif, one \
            SARIF 2.1.0 log on standard output. Exits 0 when every file is valid, 1 otherwise. Nothing is sent \
            to AWS.
            """
    )

    @Argument(help: "The desired-state files to check.")
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "text (for people), json (the diagnostics as data: schemas/validation-report.schema.json), github "
                + "(GitHub Actions annotations) or sarif (a SARIF 2.1.0 log, for code scanning).",
            discussion: "github and sarif name files relative to GITHUB_WORKSPACE, or else the current directory."
        )
    )
    var format: ValidationFormat = .text

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
        format.view(
            colour: Terminal.coloursStandardError, paths: Terminal.workspacePaths, toolVersion: WardenVersion.current
        ).render(report, to: &output, errors: &errors)
        Console.standardOutput.write(output)
        Console.standardError.write(errors)
        try WardenExit.check(report)
    }
}
