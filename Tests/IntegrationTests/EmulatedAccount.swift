import AWSCore
import CommandTestSupport
import Emulator
import Foundation
import WardenCLI

/// An in-process emulator seeded with `examples/emulator-seed.yaml` on an ephemeral loopback port, and the
/// AWS access a command would use to reach it (the seed's test credentials, no shared config files).
struct EmulatedAccount {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let server: EmulatorServer

    static func start(
        quotaScale: Double = 1,
        throttling: Bool = false,
        faults: FaultConfiguration = .none
    ) async throws -> EmulatedAccount {
        let seed = try EmulatorSeed.load(path: path("examples/emulator-seed.yaml"))
        let configuration = EmulatorConfiguration(
            seed: seed,
            quotaScale: quotaScale,
            throttling: throttling,
            faults: faults,
            randomSeed: 7
        )
        return EmulatedAccount(server: try await EmulatorServer.start(configuration))
    }

    static func path(_ relative: String) -> String {
        repository.appendingPathComponent(relative).path
    }

    /// The environment a user would set for the emulator, and nothing from this machine's AWS files.
    var environment: AWSEnvironment {
        AWSEnvironment([
            "AWS_ACCESS_KEY_ID": "AKIDWARDENEMULATOR",
            "AWS_SECRET_ACCESS_KEY": "warden-emulator-secret",
            "AWS_CONFIG_FILE": "/nonexistent/warden-test-config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/warden-test-credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_MAX_ATTEMPTS": "5",
        ])
    }

    func access(rateLimits: RateLimits = .unlimited) -> AWSAccess {
        AWSAccess(
            options: AWSOptions(endpointURL: server.url),
            environment: environment,
            rateLimits: rateLimits
        )
    }

    func stop() async throws {
        try await server.stop()
    }
}

extension CommandRun {
    /// What a user of the emulated account sets: its test keys and region eu-west-2, colour allowed (the
    /// endpoint is given on the command line).
    static let emulatorUser = environment(region: "eu-west-2", colour: true)

    /// `warden ARGUMENTS` against `account`: its test keys, its endpoint and `region` in the environment.
    static func warden(
        _ arguments: [String], against account: EmulatedAccount, region: String = "eu-west-2"
    ) async throws -> CommandRun {
        try await warden(arguments, environment: environment(endpoint: account.server.url, region: region))
    }
}
