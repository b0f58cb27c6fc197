import CommandTestSupport
import Emulator
import Foundation
import Plan
import Testing

/// `warden apply` as a user runs it: the built binary against an in-process emulator seeded with
/// examples/emulator-seed.yaml.
@Suite(.serialized) struct ApplyCommandTests {
    static let example = "examples/contact-center.yaml"
    static let confirmation = "Apply these changes? Only 'yes' will be accepted: "

    /// Changes to examples/contact-center.yaml on the seeded account (staging's authentication profile is already
    /// as declared), by address: what apply must say of each.
    static let exampleChanges: [(address: String, action: String)] = [
        ("connect.prod.authenticationProfiles.default", "updated"),
        ("connect.prod.securityProfiles.agent", "updated"),
        ("connect.prod.securityProfiles.supervisor", "created"),
        ("connect.prod.securityProfiles.ai-agent", "created"),
        ("connect.staging.securityProfiles.agent", "updated"),
        ("rolesAnywhere.profiles.connect-ops", "updated"),
        ("connect.prod.securityProfiles.SalesAgent", "deleted"),
        ("connect.prod.securityProfiles.SupervisorEU", "deleted"),
    ]

    @Test func applyingAFileWithAutoApproveShowsThePlanReportsProgressAndConverges() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let outcome = try await ApplyHarness.warden(
            ["apply", Self.example, "--auto-approve"], endpoint: account.server.url)
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("Warden will perform the following actions:\n"))
        #expect(outcome.standardOutput.contains("Plan: 2 to create, 4 to update, 2 to delete.\n"))
        #expect(!outcome.standardOutput.contains(Self.confirmation))
        #expect(outcome.standardOutput.hasSuffix("\n\nApply complete: 2 created, 4 updated, 2 deleted.\n"))
        // The plan identified the account; the apply that follows it with the same credentials does not ask again.
        #expect(await Self.identityCalls(account) == 1)

        // One line as each resource starts and one as it ends, with the time it took, on standard error.
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 * Self.exampleChanges.count, "\(outcome.standardError)")
        for (address, action) in Self.exampleChanges {
            let verb = action == "created" ? "creating" : action == "updated" ? "updating" : "deleting"
            let started = try #require(lines.firstIndex(of: "\(address): \(verb)..."))
            let finished = try #require(
                lines.firstIndex { $0.wholeMatch(of: Self.finishedLine(address, action)) != nil },
                "\(address): \(outcome.standardError)")
            #expect(started < finished)
        }

        let again = try await ApplyHarness.warden(["plan", Self.example], endpoint: account.server.url)
        #expect(again.standardOutput.hasPrefix("No changes."), "\(again.standardOutput)")
        #expect(again.exitCode == 0)
    }

    static func identityCalls(_ account: EmulatedAccount) async -> Int {
        await account.server.engine.callLog().count { $0.operation == "GetCallerIdentity" }
    }

    static func finishedLine(_ address: String, _ action: String) -> Regex<Substring> {
        let id = action == "created" ? #" \[id=[0-9a-f-]{36}\]"# : ""
        return try! Regex("\(NSRegularExpression.escapedPattern(for: address)): \(action) after \\d+\\.\\ds\(id)")
    }

    @Test func withoutATerminalAndWithoutAutoApproveItRefusesAndWritesNothing() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let outcome = try await ApplyHarness.warden(["apply", Self.example], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput.contains("Plan: 2 to create, 4 to update, 2 to delete.\n"))
        #expect(
            outcome.standardError
                == "error: no terminal to ask for confirmation; pass --auto-approve, or apply a saved plan\n")
        #expect(await ApplyHarness.writes(account) == [])
    }

    @Test func atATerminalOnlyYesApplies() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let planned = try await ApplyHarness.plan(EmulatedAccount.path(Self.example), account).changes.flatMap(\.calls)
        let declined = try await ApplyHarness.warden(
            ["apply", Self.example], endpoint: account.server.url, input: .terminal(typed: "y\n"))
        #expect(declined.exitCode == 1)
        #expect(declined.standardOutput.hasSuffix("\n\(Self.confirmation)Apply cancelled; nothing was changed.\n"))
        #expect(await ApplyHarness.writes(account) == [])

        let accepted = try await ApplyHarness.warden(
            ["apply", Self.example], endpoint: account.server.url, input: .terminal(typed: "yes\n"))
        #expect(accepted.exitCode == 0, "\(accepted.standardError)")
        #expect(
            accepted.standardOutput.contains(
                "\n\(Self.confirmation)\nApply complete: 2 created, 4 updated, 2 deleted.\n"))
        #expect(
            await ApplyHarness.writes(account).map { $0.operation ?? "" }.sorted() == planned.map(\.operation).sorted())
    }

    @Test func aSavedPlanIsAppliedExactlyWithoutAsking() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let folder = try ApplyHarness.temporaryFolder()
        let planPath = folder.appendingPathComponent("plan.json").path
        let planned = try await ApplyHarness.warden(
            ["plan", Self.example, "-o", planPath], endpoint: account.server.url)
        #expect(planned.exitCode == 0, "\(planned.standardError)")
        let plan = try Plan.decode(Data(contentsOf: URL(fileURLWithPath: planPath)))
        await account.server.engine.clearCallLog()

        let outcome = try await ApplyHarness.warden(["apply", planPath], endpoint: account.server.url)
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        #expect(
            outcome.standardOutput
                == "Applying the saved plan \(planPath): Plan: 2 to create, 4 to update, 2 to delete.\n\n"
                + "Apply complete: 2 created, 4 updated, 2 deleted.\n")
        let writes = await ApplyHarness.writes(account)
        #expect(
            writes.map { $0.operation ?? "" }.sorted() == plan.changes.flatMap { $0.calls.map(\.operation) }.sorted())
        #expect(writes.allSatisfy { $0.status >= 200 && $0.status < 300 })
        // A saved plan's account is checked against the credentials' before anything is written.
        #expect(await Self.identityCalls(account) == 1)
        // Each write addresses the resource its planned call names (a create's follow-up calls the new id).
        for change in plan.changes where change.action != .create {
            let id = try #require(change.identity.id)
            let touching = writes.filter {
                $0.parameters.values.contains(id) || $0.parameters.values.contains { $0.hasSuffix(id) }
            }
            #expect(touching.map { $0.operation ?? "" } == change.calls.map(\.operation), "\(change.address)")
        }
    }

    @Test func aPlanMadeForAnotherAccountIsRefusedWhole() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let folder = try ApplyHarness.temporaryFolder()
        let planPath = folder.appendingPathComponent("plan.json").path
        _ = try await ApplyHarness.warden(["plan", Self.example, "-o", planPath], endpoint: account.server.url)
        // A plan made in another account names it everywhere: as its accountId and in every ARN.
        let made = try String(contentsOfFile: planPath, encoding: .utf8)
        try made.replacingOccurrences(of: "111122223333", with: "999999999999")
            .write(toFile: planPath, atomically: true, encoding: .utf8)
        #expect(try Plan.decode(Data(contentsOf: URL(fileURLWithPath: planPath))).accountId == "999999999999")
        await account.server.engine.clearCallLog()

        let outcome = try await ApplyHarness.warden(["apply", planPath], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput.hasSuffix(
                "\nApply refused: the plan was made for AWS account 999999999999, but the credentials are for "
                    + "111122223333. Nothing was changed.\n"))
        #expect(await ApplyHarness.writes(account) == [])

        // As JSON: the report alone on standard output, every resource not attempted.
        let json = try await ApplyHarness.warden(["apply", planPath, "--format", "json"], endpoint: account.server.url)
        #expect(json.exitCode == 1)
        #expect(
            json.standardError == "Applying the saved plan \(planPath): Plan: 2 to create, 4 to update, 2 to delete.\n")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(report["status"] as? String == "refused")
        #expect(
            report["refusal"] as? String
                == "the plan was made for AWS account 999999999999, but the credentials are for 111122223333")
        let resources = try #require(report["resources"] as? [[String: Any]])
        let plan = try Plan.decode(Data(contentsOf: URL(fileURLWithPath: planPath)))
        #expect(resources.map { $0["address"] as? String } == plan.changes.map(\.address))
        #expect(resources.allSatisfy { $0["outcome"] as? String == "notAttempted" })
        #expect(await ApplyHarness.writes(account) == [])
    }

    @Test func asJSONTheReportIsAloneOnStandardOutputAndThePlanGoesToStandardError() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        // One resource at a time: the emulator's ids then come in one order, for the golden file.
        let outcome = try await ApplyHarness.warden(
            ["apply", Self.example, "--auto-approve", "--format", "json", "--parallelism", "1"],
            endpoint: account.server.url)
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("Warden will perform the following actions:\n"))
        #expect(outcome.standardError.contains("Plan: 2 to create, 4 to update, 2 to delete.\n"))
        #expect(outcome.standardError.contains("connect.prod.securityProfiles.supervisor: creating...\n"))
        // The committed report is also checked against schemas/apply-report.schema.json (pytest).
        try PlanGolden.check(outcome.standardOutput, against: "ApplyReport/contact-center.json")
    }

    @Test func asJSONASavedPlanWithoutChangesReportsNothingToDo() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let folder = try ApplyHarness.temporaryFolder()
        let path = try ApplyHarness.desiredFile("", in: folder)
        let planPath = folder.appendingPathComponent("plan.json").path
        let planned = try await ApplyHarness.warden(["plan", path, "-o", planPath], endpoint: account.server.url)
        #expect(planned.exitCode == 0, "\(planned.standardError)")

        let outcome = try await ApplyHarness.warden(
            ["apply", planPath, "--format", "json"], endpoint: account.server.url)
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardError.hasSuffix("No changes to apply.\n"))
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(report["status"] as? String == "complete")
        #expect((report["resources"] as? [Any])?.isEmpty == true)
    }

    @Test func jsonNeedsAutoApproveOrASavedPlan() async throws {
        let outcome = try await ApplyHarness.warden(
            ["apply", Self.example, "--format", "json"], endpoint: "http://127.0.0.1:9")
        #expect(outcome.exitCode == 64)
        #expect(outcome.standardOutput == "")
        #expect(
            outcome.standardError.hasPrefix(
                "Error: --format json cannot ask for confirmation; pass --auto-approve, or apply a saved plan"))
    }

    @Test func parallelismMustBeAtLeastOne() async throws {
        let outcome = try await ApplyHarness.warden(
            ["apply", Self.example, "--parallelism", "0"], endpoint: "http://127.0.0.1:9")
        #expect(outcome.exitCode == 64)
        #expect(outcome.standardError.hasPrefix("Error: --parallelism must be at least 1"))
    }
}
