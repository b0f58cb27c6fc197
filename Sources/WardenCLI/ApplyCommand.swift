import AWSCore
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
            are not attempted. Progress goes to standard error, the report to standard output (with --format json, \
            as data); exits 0 when every change was made, 1 otherwise. SIGINT or SIGTERM (Ctrl-C) stops it \
            safely: no new call is made, the calls in flight are finished, the report lists what was not \
            attempted, and it exits 130 (SIGINT) or 143 (SIGTERM); a second signal stops it at once.
            """
    )

    @Argument(help: "A desired-state file, or a plan saved with `warden plan -o`.")
    var source: String

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(help: "How many resources may be changed at once.")
    var parallelism = 4

    @Option(
        help: ArgumentHelp(
            "text (for people) or json (the report as data: schemas/apply-report.schema.json).",
            discussion:
                "With json, standard output holds the report alone; the plan and the progress go to standard error. "
                + "json needs --auto-approve or a saved plan: there is no prompt."
        )
    )
    var format: ReportFormat = .text

    @OptionGroup var strictness: StrictOption

    @OptionGroup var variables: VariableOptions

    @OptionGroup var aws: AWSCommandOptions

    func validate() throws {
        guard parallelism >= 1 else { throw ValidationError("--parallelism must be at least 1") }
        if format == .json && !autoApprove && !SavedPlan.isPlan(source) {
            throw ValidationError(
                "--format json cannot ask for confirmation; pass --auto-approve, or apply a saved plan")
        }
    }

    func run() async throws {
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        // What is for people goes to standard output, unless that holds the JSON report.
        let people: Console = format == .json ? .standardError : .standardOutput
        let colour = format == .json ? Terminal.coloursStandardError : Terminal.coloursStandardOutput
        let isSavedPlan = SavedPlan.isPlan(source)
        let plan: Plan
        if isSavedPlan {
            guard variables.isEmpty else {
                throw WardenExit.failing(
                    .message(
                        "\(source) is a saved plan: it holds every value it sends, so it takes no --var or --var-file"))
            }
            switch SavedPlan.load(source) {
            case .success(let saved): plan = saved
            case .failure(let failure): throw WardenExit.failing(failure)
            }
            Console.hide(plan.inputs?.sensitiveValues ?? [])
            let problems = SavedPlanCheck.problems(in: plan)
            guard problems.isEmpty else {
                let list = problems.map { "\n  \($0)" }.joined()
                throw WardenExit.failing(
                    .message("\(source) is not as warden wrote it (edited or damaged?); nothing was applied:\(list)"))
            }
            people.write(ApplyMessages.applyingSavedPlan(source, plan))
        } else {
            let planned = await PlanWorkflow.plan(
                path: source, access: access, strict: strictness.strict, variables: try variables.inputs())
            if let signal = interruption.signal {
                Console.standardError.write(InterruptMessages.nothingApplied(signal.name))
                throw WardenExit.interrupted(signal)
            }
            switch planned {
            case .success(let result):
                WorkflowFailure.diagnostics(result.warnings).report()
                plan = result.plan
            case .failure(let failure):
                throw WardenExit.failing(failure)
            }
            people.write(TextPlanView(colour: colour).rendered(plan))
            if plan.hasChanges && !autoApprove {
                guard Terminal.standardInputIsTerminal else {
                    throw WardenExit.failing(
                        .message("no terminal to ask for confirmation; pass --auto-approve, or apply a saved plan")
                    )
                }
                people.write(ApplyMessages.confirmation)
                let answer = interruption.stoppingAtOnce(saying: ApplyMessages.cancelled) { readLine() }
                guard answer == "yes" else {
                    people.write(ApplyMessages.cancelled)
                    throw WardenExit.failure
                }
            }
        }
        var report: ApplyReport
        if plan.hasChanges {
            // A plan made just now, with the same credentials, has identified their account.
            report = try await apply(
                plan, access: access, interruption: interruption, knownAccount: isSavedPlan ? nil : plan.accountId)
        } else {
            // A file's plan already said "No changes."; a saved plan says so now.
            if isSavedPlan { people.write(ApplyMessages.noChanges) }
            guard format == .json else { return }
            report = ApplyReport(entries: [])
        }
        report.interruption = interruption.signal?.name
        Console.standardOutput.write(format.applyReportView.rendered(report))
        try WardenExit.check(interruption)
        try WardenExit.check(report)
    }

    /// Runs the plan's calls, each resource's progress on standard error; a second signal prints what the
    /// progress says was done.
    private func apply(_ plan: Plan, access: AWSAccess, interruption: Interruption, knownAccount: String?)
        async throws -> ApplyReport
    {
        let clients: AWSClients
        do {
            clients = try access.clients(fileRegion: plan.changes.first?.identity.region)
        } catch {
            throw WardenExit.failing(.aws(error))
        }
        let events = Locked<[ApplyEvent]>([])
        interruption.whenStopped { InterruptMessages.knownDone(events.withLock { $0 }) }
        let applier = Applier(clients: clients, parallelism: parallelism, knownAccount: knownAccount) { event in
            events.withLock { $0.append(event) }
            Console.standardError.write(ApplyProgressView.line(event) + "\n")
        }
        return await applier.apply(plan)
    }
}
