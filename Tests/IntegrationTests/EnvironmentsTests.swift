import CommandTestSupport
import Emulator
import Foundation
import Testing

/// `examples/environments`: staging and production planned and applied from the one file, each in its own
/// account of a two-account emulator, each then planning to no changes, neither touched by the other.
@Suite(.serialized) struct EnvironmentsTests {
    static let file = EmulatedAccount.path("examples/environments/warden.yaml")

    struct Environment {
        var name: String
        var account: String
        var accessKey: String
        var secret: String
        var region: String
    }

    static let staging = Environment(
        name: "staging", account: "111111111111", accessKey: "AKIDWARDENSTAGING", secret: "warden-staging-secret",
        region: "eu-west-2")
    static let production = Environment(
        name: "production", account: "222222222222", accessKey: "AKIDWARDENPRODUCTION",
        secret: "warden-production-secret", region: "us-east-1")

    static func warden(_ command: [String], _ environment: Environment, endpoint: String) async throws -> CommandRun {
        var variables = CommandRun.environment(endpoint: endpoint)
        variables["AWS_ACCESS_KEY_ID"] = environment.accessKey
        variables["AWS_SECRET_ACCESS_KEY"] = environment.secret
        let values = ["--var-file", EmulatedAccount.path("examples/environments/\(environment.name).vars.yaml")]
        return try await CommandRun.warden(command + [file] + values + ["--rate-limit", "off"], environment: variables)
    }

    static func writes(_ log: [CallRecord]) -> [String] {
        log.compactMap(\.operation).filter {
            !($0.hasPrefix("List") || $0.hasPrefix("Describe") || $0.hasPrefix("Get"))
        }
    }

    @Test func eachEnvironmentIsAppliedInItsOwnAccountFromTheOneFile() async throws {
        let seed = try EmulatorSeed.load(path: EmulatedAccount.path("examples/environments/emulator-seed.yaml"))
        let server = try await EmulatorServer.start(EmulatorConfiguration(seed: seed, throttling: false, randomSeed: 7))
        defer { Task { try? await server.stop() } }
        let endpoint = server.url

        for environment in [Self.staging, Self.production] {
            let other = environment.name == "staging" ? Self.production : Self.staging
            let otherCallsBefore = await server.engine.callLog(account: other.account).count
            let plan = try await Self.warden(["plan"], environment, endpoint: endpoint)
            #expect(plan.exitCode == 0, "\(environment.name): \(plan)")
            #expect(plan.standardOutput.contains("alias") && plan.standardOutput.contains("Plan: "), "\(plan)")
            #expect(plan.standardOutput.contains("supervisorGroup = (sensitive)"), "\(plan)")

            let apply = try await Self.warden(["apply", "--auto-approve"], environment, endpoint: endpoint)
            #expect(apply.exitCode == 0, "\(environment.name): \(apply)")
            let again = try await Self.warden(["plan"], environment, endpoint: endpoint)
            #expect(again.exitCode == 0)
            #expect(again.standardOutput.contains("No changes."), "\(environment.name): \(again)")

            // Every call was served in this environment's account and region; the other account saw none.
            let log = await server.engine.callLog(account: environment.account)
            #expect(!Self.writes(log).isEmpty, "\(environment.name) was written")
            // STS is global (us-east-1); everything else is in the environment's region.
            let regions = Set(log.compactMap(\.region)).subtracting(["us-east-1"])
            #expect(regions.isSubset(of: [environment.region]), "\(regions)")
            #expect(await server.engine.callLog(account: other.account).count == otherCallsBefore)
        }

        // What each account holds is its own environment's.
        let staging = await server.engine.callLog(account: Self.staging.account)
        let production = await server.engine.callLog(account: Self.production.account)
        let stagingCreate = staging.first { $0.operation == "CreateSecurityProfile" }
        let productionCreate = production.first { $0.operation == "CreateSecurityProfile" }
        #expect(stagingCreate?.parameters["InstanceId"] == "7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f")
        #expect(productionCreate?.parameters["InstanceId"] == "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")
    }
}
