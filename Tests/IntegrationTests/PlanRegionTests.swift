import AWSCore
import Foundation
import Plan
import Testing
import WardenCLI
import YAML

/// A file that names no region plans in the region `--region` (or AWS_REGION, or the profile) gives; one that
/// names a region is read there whatever `--region` says.
@Suite struct PlanRegionTests {
    static let body = """
        version: 1
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              agent: { name: Agent }
        rolesAnywhere:
          profiles:
            ops: { name: connect-ops }

        """

    static func write(_ text: String) throws -> String {
        let folder = try ApplyHarness.temporaryFolder()
        let path = folder.appendingPathComponent("warden.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aFileWithoutARegionUsesTheCommandLinesRegion() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        var access = account.access()
        access.options.region = "eu-west-2"
        let plan = try await PlanWorkflow.plan(path: Self.write(Self.body), access: access).get().plan
        #expect(plan.summary.unchanged == 2, "\(plan.changes.map(\.address))")

        let refused = await PlanWorkflow.plan(path: try Self.write(Self.body), access: account.access())
        guard case .failure(.diagnostics(let problems)) = refused else {
            Issue.record("planned without any region: \(refused)")
            return
        }
        #expect(problems.map(\.message).contains { $0.hasPrefix("connect.prod: no region;") })
    }

    @Test func theFilesRegionWinsOverTheCommandLine() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        var access = account.access()
        access.options.region = "us-east-1"
        let file = try Self.write(
            Self.body.replacingOccurrences(of: "version: 1\n", with: "version: 1\nregion: eu-west-2\n"))
        let plan = try await PlanWorkflow.plan(path: file, access: access).get().plan
        #expect(plan.summary.unchanged == 2)
    }
}
