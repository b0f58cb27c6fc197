import AWSCore
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import WardenCLI

@testable import warden_bench

/// The fewest calls of `MinimalCalls` are what Warden makes: a plan and an apply of a small fleet against an
/// in-process emulator (no quotas, no latency) are checked against the model, operation by operation, on
/// every rate-limited operation.
@Suite struct WardenAgainstTheModelTests {
    static let shape = FleetShape(instances: 2, securityProfilesPerInstance: 6, rolesAnywhereProfiles: 8)

    @Test func aPlanMakesTheFewestReads() async throws {
        let fleet = Fleet(Self.shape)
        try await withEmulator(fleet) { server, access, file in
            let result = try await PlanWorkflow.plan(path: file, access: access).get()
            #expect(result.plan.changes.count == fleet.changes.count)
            let made = CallLogSummary(await server.engine.callLog()).calls
            #expect(Self.limited(made) == Self.limited(MinimalCalls.plan(fleet.changed())))
        }
    }

    @Test func anApplyMakesTheFewestCallsAndConverges() async throws {
        let fleet = Fleet(Self.shape)
        try await withEmulator(fleet) { server, access, file in
            let plan = try await PlanWorkflow.plan(path: file, access: access).get().plan
            let report = await Applier(clients: try access.clients(fileRegion: Self.shape.region)).apply(plan)
            #expect(report.succeeded)
            let made = CallLogSummary(await server.engine.callLog()).calls
            #expect(Self.limited(made) == Self.limited(MinimalCalls.apply(fleet.changed())))
            let again = try await PlanWorkflow.plan(path: file, access: access).get().plan
            #expect(again.changes.isEmpty)
        }
    }

    /// The calls that draw from a rate quota (STS has none).
    static func limited(_ calls: CallCounts) -> CallCounts {
        calls.filter { Quota.aws(service: $0.key.service, operation: $0.key.operation) != nil }
    }

    private func withEmulator(
        _ fleet: Fleet, _ body: (EmulatorServer, AWSAccess, String) async throws -> Void
    ) async throws {
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(seed: fleet.emulatorSeed(), throttling: false, randomSeed: 3))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-bench-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("changed.yaml").path
        do {
            try fleet.changed().desiredFile().write(toFile: file, atomically: true, encoding: .utf8)
            let access = AWSAccess(
                options: AWSOptions(endpointURL: server.url),
                environment: AWSEnvironment([
                    "AWS_ACCESS_KEY_ID": EmulatorCredential.default.accessKeyId,
                    "AWS_SECRET_ACCESS_KEY": EmulatorCredential.default.secretAccessKey,
                    "AWS_CONFIG_FILE": directory.appendingPathComponent("none").path,
                    "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("none").path,
                    "AWS_EC2_METADATA_DISABLED": "true",
                ]),
                rateLimits: .unlimited)
            try await body(server, access, file)
        } catch {
            try? await server.stop()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        try await server.stop()
        try FileManager.default.removeItem(at: directory)
    }
}
