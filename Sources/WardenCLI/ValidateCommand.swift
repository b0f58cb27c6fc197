import ArgumentParser

/// `warden validate FILE...`: offline checks of desired-state files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check desired-state files offline: YAML syntax, structure, AWS constraints and references.",
        discussion: """
            Prints a one-line summary per valid file on standard output and every problem as \
            file:line:column: error: message on standard error. Exits 0 when every file is valid, 1 otherwise. \
            Nothing is sent to AWS.
            """
    )

    @Argument(help: "The desired-state files to check.")
    var files: [String]

    @OptionGroup var strictness: StrictOption

    func run() throws {
        let report = ValidationReport(paths: files, strict: strictness.strict)
        let style = DiagnosticStyle.forStandardError()
        Console.standardOutput.write(report.summaries)
        Console.standardError.write(report.renderedDiagnostics(style: style))
        if report.hasErrors { throw ExitCode.failure }
    }
}
