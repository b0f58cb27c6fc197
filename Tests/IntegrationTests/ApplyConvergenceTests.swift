import AWSCore
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import WardenCLI
import YAML

/// AWS at its worst: one call in five answered 500 or 503, responses and connections dropped, throttling at
/// AWS's quotas. Plan and apply, again as needed, reach `No changes` with
/// no duplicate and nothing lost.
///
/// The emulator's faults come from a seeded generator, drawn in the order calls arrive; concurrent calls arrive
/// in a varying order, so which call meets which fault varies from run to run. What is checked holds for any.
@Suite(.serialized) struct ApplyConvergenceTests {
    static let example = EmulatedAccount.path("examples/contact-center.yaml")

    @Test func repeatedAppliesConvergeUnderFaultsAndThrottling() async throws {
        let folder = try ApplyHarness.temporaryFolder()
        let statePath = folder.appendingPathComponent("state.json").path
        let faults = FaultConfiguration(errorRate: 0.2, dropConnectionRate: 0.05, dropResponseRate: 0.1)
        let account = try await ApplyHarness.start(
            faults: faults, throttling: true, quotaScale: 1, randomSeed: 2024, statePath: statePath)
        // Warden's own client-side limits are off, so the emulator's throttling is met and must be retried; the
        // standard backoff is scaled down to keep the test short.
        var rounds: [String] = []
        var converged = false
        for _ in 1...8 {
            let clients = try ApplyHarness.clients(account, retryJitter: 0.25)
            let planned: Plan
            switch await ApplyHarness.plan(Self.example, clients: clients) {
            case .success(let plan): planned = plan
            case .failure(let problems):
                rounds.append("plan failed: \(problems.all.map(\.message))")
                continue
            }
            if !planned.hasChanges {
                converged = true
                break
            }
            let report = await Applier(clients: clients, parallelism: 4)
                .apply(planned)
            rounds.append(report.summary + " " + report.failedEntries.map { "\($0.outcome)" }.joined(separator: "; "))
            // At no point is there a duplicate.
            #expect(await ApplyHarness.duplicateNames(account) == [:], "\(rounds)")
        }
        #expect(converged, "\(rounds)")
        let log = await account.server.engine.callLog()
        try await account.stop()
        // Profile calls of one Roles Anywhere profile come faster than one a second: some are throttled.
        #expect(log.contains { $0.errorCode == "ThrottlingException" }, "throttling was not met: \(rounds)")
        #expect(log.contains { $0.fault == "internalError" || $0.fault == "unavailable" })
        #expect(log.contains { $0.fault == "dropResponse" })
        #expect(log.contains { $0.fault == "dropConnection" })

        // The state it left, served without faults: as the file says, and nothing else lost or duplicated.
        let clean = try await ApplyHarness.start(statePath: statePath)
        defer { Task { try? await clean.stop() } }
        #expect(try await ApplyHarness.plan(Self.example, clean).changes == [])
        #expect(await ApplyHarness.duplicateNames(clean) == [:])
        #expect(
            Set(await ApplyHarness.securityProfiles(clean).map(\.name)) == [
                "Admin", "Agent", "CallCenterManager", "QualityAnalyst", "Supervisor", "AI Agent",
            ])
        #expect(Set(await ApplyHarness.rolesAnywhereProfiles(clean).map(\.name)) == ["connect-ops", "ci-readonly"])
    }
}
