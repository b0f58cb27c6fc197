import ArgumentParser
import Plan
import Render

/// `warden drift FILE`: a plan read as a drift report, for scheduled jobs.
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report where the live resources differ from the file, and live resources it does not manage.",
        discussion: """
            Exits 0 when the live resources match the file, 2 when they drifted, 1 on error. Live resources the \
            file does not manage are listed but are not drift on their own (unless the file prunes them).
            """
    )

    @Argument(help: "The desired-state file.")
    var file: String

    @OptionGroup var output: PlanOutputOptions

    /// Deprecated: drift always exits 2 on drift. Still accepted so that existing jobs keep working.
    @Flag(help: .hidden)
    var detailedExitcode = false

    @OptionGroup var strictness: StrictOption

    @OptionGroup var variables: VariableOptions

    @OptionGroup var aws: AWSCommandOptions

    func run() async throws {
        if detailedExitcode {
            Console.standardError.write(
                "warning: --detailed-exitcode is deprecated for drift and has no effect: drift always exits 2 on "
                    + "drift\n")
        }
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        let progress = ReadProgressView { Console.standardError.write($0) }
        let planned = await PlanWorkflow.plan(
            path: file, access: access, mode: .drift, strict: strictness.strict, variables: try variables.inputs(),
            progress: progress.callback)
        if let signal = interruption.signal {
            Console.standardError.write(InterruptMessages.noPlan(signal.name, report: "drift report"))
            throw WardenExit.interrupted(signal)
        }
        switch planned {
        case .success(let result):
            output.write(result.plan, warnings: result.warnings)
            try WardenExit.check(interruption)
            try WardenExit.check(result.plan, changesExitTwo: true)
        case .failure(let failure):
            throw WardenExit.failing(failure, in: output.view)
        }
    }
}
