import ArgumentParser
import Foundation
import Plan
import Render

/// `warden plan FILE`: read the live state and show what apply would change.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change: the file compared with the live resources.",
        discussion: """
            Reads only what the file manages. Exits 0 on success, 1 on error; with --detailed-exitcode, 2 when \
            there are changes. -o saves the plan for `warden apply PLAN`, which applies exactly it.
            """
    )

    @Argument(help: "The desired-state file.")
    var file: String

    @Option(name: .shortAndLong, help: "Save the plan (JSON) to this path for `warden apply`.")
    var out: String?

    @OptionGroup var output: PlanOutputOptions

    @Flag(help: "Exit 2 when the plan has changes (0 when it has none).")
    var detailedExitcode = false

    @Option(
        help: ArgumentHelp(
            "Plan only this resource, or the resources of this instance or collection, and what they depend on "
                + "(repeatable).",
            valueName: "address"
        )
    )
    var target: [String] = []

    @OptionGroup var strictness: StrictOption

    @OptionGroup var variables: VariableOptions

    @OptionGroup var aws: AWSCommandOptions

    func run() async throws {
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        let result: PlanWorkflow.Result
        let progress = ReadProgressView { Console.standardError.write($0) }
        let planned = await PlanWorkflow.plan(
            path: file, access: access, targets: target, strict: strictness.strict,
            variables: try variables.inputs(), progress: progress.callback)
        if let signal = interruption.signal {
            Console.standardError.write(InterruptMessages.noPlan(signal.name))
            throw WardenExit.interrupted(signal)
        }
        switch planned {
        case .success(let planned): result = planned
        case .failure(let failure): throw WardenExit.failing(failure, in: output.view)
        }
        if let out {
            do {
                try result.plan.jsonData().write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw WardenExit.failing(
                    .message("cannot write the plan to \(out): \(error.localizedDescription)"), in: output.view)
            }
        }
        output.write(result.plan, warnings: result.warnings)
        if let out {
            Console.standardError.write(PlanMessages.saved(out))
        }
        try WardenExit.check(interruption)
        try WardenExit.check(result.plan, changesExitTwo: detailedExitcode)
    }
}
