import ArgumentParser
import Foundation
import Plan
import Reconcile
import Render

/// `warden apply FILE|PLAN`: make the changes.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the changes a plan shows: minimal calls, in dependency order.",
        discussion: """
            With a desired-state file, plans, shows the plan and asks for confirmation (only 'yes' is accepted) \
            unless --auto-approve; without a terminal to ask on, it refuses. With a plan saved by `warden plan -o`, \
            applies exactly that plan without asking (it was reviewed), and refuses it if the credentials are for \
            another AWS account. Before writing to a resource Warden re-reads it; if it changed since the plan, \
            nothing is written to it and it is reported stale. Resources that depend on one that was not changed \
            are not attempted. Progress goes to standard error, the report to standard output; exits 0 when every \
            change was made, 1 otherwise.
            """
    )

    @Argument(help: "A desired-state file, or a plan saved with `warden plan -o`.")
    var source: String

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(help: "How many resources may be changed at once.")
    var parallelism = 4

    @OptionGroup var aws: AWSCommandOptions

    func validate() throws {
        guard parallelism >= 1 else { throw ValidationError("--parallelism must be at least 1") }
    }

    func run() async throws {
        let access = try aws.access()
        let plan: Plan
        if SavedPlan.isPlan(source) {
            switch SavedPlan.load(source) {
            case .success(let saved): plan = saved
            case .failure(let failure): throw WardenExit.failing(failure)
            }
            let problems = SavedPlanCheck.problems(in: plan)
            guard problems.isEmpty else {
                let list = problems.map { "\n  \($0)" }.joined()
                throw WardenExit.failing(
                    .message("\(source) is not as warden wrote it (edited or damaged?); nothing was applied:\(list)"))
            }
            Console.standardOutput.write("Applying the saved plan \(source): \(plan.summary.sentence)\n")
        } else {
            switch await PlanWorkflow.plan(path: source, access: access) {
            case .success(let result):
                WorkflowFailure.diagnostics(result.warnings).report()
                plan = result.plan
            case .failure(let failure):
                throw WardenExit.failing(failure)
            }
            Console.standardOutput.write(TextPlanView(colour: Terminal.coloursStandardOutput).rendered(plan))
            guard plan.hasChanges else { return }
            if !autoApprove {
                guard Terminal.standardInputIsTerminal else {
                    throw WardenExit.failing(
                        .message("no terminal to ask for confirmation; pass --auto-approve, or apply a saved plan")
                    )
                }
                Console.standardOutput.write("\nApply these changes? Only 'yes' will be accepted: ")
                guard readLine() == "yes" else {
                    Console.standardOutput.write("Apply cancelled; nothing was changed.\n")
                    throw ExitCode.failure
                }
            }
        }
        guard plan.hasChanges else {
            Console.standardOutput.write("No changes to apply.\n")
            return
        }
        let clients: AWSClients
        do {
            clients = try access.clients(fileRegion: plan.changes.first?.identity.region)
        } catch {
            throw WardenExit.failing(.aws(error))
        }
        let applier = Applier(clients: clients, parallelism: parallelism) { event in
            Console.standardError.write(event.line + "\n")
        }
        let report = await applier.apply(plan)
        Console.standardOutput.write("\n" + ApplyReportView.render(report))
        if !report.succeeded { throw ExitCode.failure }
    }
}

/// The final report on standard output. When everything was done, the summary line; otherwise what succeeded,
/// what failed (with the AWS error and how far the resource got), what was stale and what was not attempted,
/// then the summary.
enum ApplyReportView {
    static func render(_ report: ApplyReport) -> String {
        if report.succeeded || report.refusal != nil { return report.summary + "\n" }
        var text = ""
        func section(_ title: String, _ entries: [ApplyReport.Entry], _ line: (ApplyReport.Entry) -> String) {
            guard !entries.isEmpty else { return }
            text += "\(title):\n" + entries.map { "  \(line($0))\n" }.joined()
        }
        section("Succeeded", report.succeededEntries) { "\($0.address): \($0.action.pastParticiple)" }
        section("Failed", report.failedEntries) { entry in
            let made =
                entry.callsMade.isEmpty ? "" : " (made before it failed: \(entry.callsMade.joined(separator: ", ")))"
            return "\(entry.address): \(reason(entry.outcome))\(made)"
        }
        section("Stale, nothing written", report.staleEntries) { "\($0.address): \(reason($0.outcome))" }
        section("Not attempted", report.notAttemptedEntries) { "\($0.address): \(reason($0.outcome))" }
        return text + report.summary + "\nRun `warden plan` to see what remains.\n"
    }

    private static func reason(_ outcome: ApplyReport.Outcome) -> String {
        switch outcome {
        case .succeeded: "done"
        case .failed(let reason), .stale(let reason), .notAttempted(let reason): reason
        }
    }
}
