import AWSCore
import AWSModel
import Emulator
import Foundation
import Plan
import Reconcile
import Testing

/// A saved plan applied after someone changed a resource behind Warden's back: nothing is written to that
/// resource, it is reported stale, apply exits 1, and independent resources are still changed.
@Suite(.serialized) struct ApplyStalePlanTests {
    static let example = "examples/contact-center.yaml"

    /// Saves the example's plan for the emulator, returning its path and the plan.
    static func savePlan(_ account: EmulatedAccount) async throws -> (path: String, plan: Plan) {
        let path = try ApplyHarness.temporaryFolder().appendingPathComponent("plan.json").path
        let outcome = try await ApplyWardenProcess.run(["plan", example, "-o", path], endpoint: account.server.url)
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        return (path, try Plan.decode(Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func aResourceChangedSinceThePlanIsLeftAloneAndTheRestIsApplied() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let (path, plan) = try await Self.savePlan(account)
        let agent = try #require(plan.changes.first { $0.address == "connect.prod.securityProfiles.agent" })
        let agentId = try #require(agent.identity.id)

        // Someone edits a field the file manages, in the console, after the plan was reviewed.
        _ = try await ApplyHarness.clients(account).connect("eu-west-2").call(
            "UpdateSecurityProfile",
            input: [
                "InstanceId": .string(ApplyHarness.prodInstanceId), "SecurityProfileId": .string(agentId),
                "Description": "Changed by hand",
            ])
        await account.server.engine.clearCallLog()

        let outcome = try await ApplyWardenProcess.run(["apply", path], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput == """
                Applying the saved plan \(path): Plan: 2 to create, 4 to update, 2 to delete.

                Succeeded:
                  connect.prod.authenticationProfiles.default: updated in place
                  connect.prod.securityProfiles.supervisor: created
                  connect.prod.securityProfiles.ai-agent: created
                  connect.staging.securityProfiles.agent: updated in place
                  rolesAnywhere.profiles.connect-ops: updated in place
                  connect.prod.securityProfiles.SalesAgent: deleted
                  connect.prod.securityProfiles.SupervisorEU: deleted
                Stale, nothing written:
                  connect.prod.securityProfiles.agent: it changed since the plan was made; run plan again
                Apply incomplete: 2 created, 3 updated, 2 deleted; 0 failed, 1 stale, 0 not attempted.
                Run `warden plan` to see what remains.

                """)
        #expect(
            outcome.standardError.contains(
                "connect.prod.securityProfiles.agent: stale, nothing written (after "))

        // Nothing was written to the changed profile; everything else was.
        let writes = await ApplyHarness.writes(account)
        #expect(!writes.contains { $0.parameters.values.contains { $0.hasSuffix(agentId) } })
        let others = plan.changes.filter { $0.address != agent.address }.flatMap(\.calls).map(\.operation)
        #expect(writes.map { $0.operation ?? "" }.sorted() == others.sorted())
        let live = try #require(await ApplyHarness.securityProfiles(account).first { $0.id == agentId })
        #expect(live.description == "Changed by hand")

        // What remains is that profile alone, planned against what it is now.
        let remaining = try await ApplyHarness.plan(EmulatedAccount.path(Self.example), account)
        #expect(remaining.changes.map(\.address) == [agent.address])
    }

    @Test func aFieldTheUpdateDoesNotWriteIsNeitherRefusedNorOverwritten() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let (path, plan) = try await Self.savePlan(account)
        let ops = try #require(plan.changes.first { $0.address == "rolesAnywhere.profiles.connect-ops" })
        #expect(ops.checkedFields?.contains("durationSeconds") == false)
        #expect(ops.managedFields.contains("durationSeconds"))

        // Someone changes a managed field this update does not write.
        _ = try await ApplyHarness.clients(account).rolesAnywhere("eu-west-2").call(
            "UpdateProfile", input: ["profileId": .string(try #require(ops.identity.id)), "durationSeconds": 1800])

        let outcome = try await ApplyWardenProcess.run(["apply", path], endpoint: account.server.url)
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasSuffix("\nApply complete: 2 created, 4 updated, 2 deleted.\n"))
        // The update went through and left the hand-made change as it was ...
        let live = try #require(await ApplyHarness.rolesAnywhereProfiles(account).first { $0.name == "connect-ops" })
        #expect(live.durationSeconds == 1800)
        // ... which the next plan shows, alone.
        let next = try await ApplyHarness.plan(EmulatedAccount.path(Self.example), account)
        #expect(next.changes.map(\.address) == [ops.address])
        #expect(next.changes.first?.checkedFields == ["durationSeconds"])
    }

    @Test func aNameTakenSinceThePlanIsStaleAndWhatDependsOnItIsNotAttempted() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let (path, _) = try await Self.savePlan(account)
        // Someone creates the profile the plan would create.
        _ = try await ApplyHarness.clients(account).connect("eu-west-2").call(
            "CreateSecurityProfile",
            input: [
                "InstanceId": .string(ApplyHarness.prodInstanceId), "SecurityProfileName": "Supervisor",
                "Permissions": ["BasicAgentAccess"],
            ])
        await account.server.engine.clearCallLog()

        let outcome = try await ApplyWardenProcess.run(["apply", path], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        let supervisors = await ApplyHarness.securityProfiles(account).filter { $0.name == "Supervisor" }
        #expect(supervisors.count == 1)
        let id = try #require(supervisors.first?.id)
        #expect(
            outcome.standardOutput.contains(
                """
                Stale, nothing written:
                  connect.prod.securityProfiles.supervisor: a security profile named "Supervisor" exists now (id \(id)); \
                it was created since the plan was made; run plan again
                Not attempted:
                  rolesAnywhere.profiles.connect-ops: it depends on connect.prod.securityProfiles.supervisor, which was \
                stale
                Apply incomplete: 1 created, 3 updated, 2 deleted; 0 failed, 1 stale, 1 not attempted.

                """))
        let writes = await ApplyHarness.writes(account).map { $0.operation ?? "" }
        #expect(writes.filter { $0 == "CreateSecurityProfile" }.count == 1)
        #expect(!writes.contains { $0 == "UpdateProfile" || $0 == "PutAttributeMapping" })
    }
}
