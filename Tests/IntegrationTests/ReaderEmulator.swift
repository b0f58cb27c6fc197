import AWSCore
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import WardenCLI
import YAML

/// What the reader and planner tests need beyond `EmulatedAccount`: seeds written in the test, the emulator's
/// throttling and clock, and the calls the emulator saw.
extension EmulatedAccount {
    static func start(
        seed text: String,
        quotaScale: Double = 1,
        throttling: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> EmulatedAccount {
        let seed = try EmulatorSeed.parse(text, file: "seed.yaml")
        let configuration = EmulatorConfiguration(
            seed: seed, quotaScale: quotaScale, throttling: throttling, randomSeed: 7, clock: clock)
        return EmulatedAccount(server: try await EmulatorServer.start(configuration))
    }

    /// The AWS access a command would use, with `maxAttempts` attempts per call.
    func access(rateLimits: RateLimits = .unlimited, maxAttempts: Int) -> AWSAccess {
        var variables = environment.variables
        variables["AWS_MAX_ATTEMPTS"] = String(maxAttempts)
        return AWSAccess(
            options: AWSOptions(endpointURL: server.url), environment: AWSEnvironment(variables),
            rateLimits: rateLimits)
    }

    func clients(_ access: AWSAccess? = nil, pageSize: Int? = nil) throws -> AWSClients {
        var clients = try (access ?? self.access()).clients(fileRegion: "eu-west-2")
        clients.pageSize = pageSize
        return clients
    }

    /// `Operation key=value …` for each call the emulator saw, in order.
    func calls() async -> [String] {
        await server.engine.callLog().map(CallLine.init).map(\.text)
    }
}

/// One call of the emulator's log as a line: `ListSecurityProfiles eu-west-2 InstanceId=…`.
struct CallLine {
    var text: String

    init(_ record: CallRecord) {
        var parts = [record.operation ?? "?", record.region ?? "?"]
        parts += record.parameters.keys.sorted().map { "\($0)=\(record.parameters[$0]!)" }
        if let code = record.errorCode { parts.append("-> \(code)") }
        text = parts.joined(separator: " ")
    }
}

/// A desired state from YAML text (the test fails on any error in it).
enum DesiredText {
    static func load(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> DesiredState {
        let loaded = DesiredState.load(text: text, file: "warden.yaml", layout: Kinds.layout)
        #expect(loaded.diagnostics.all.filter { $0.severity == .error } == [], sourceLocation: sourceLocation)
        return try #require(loaded.state, sourceLocation: sourceLocation)
    }
}
