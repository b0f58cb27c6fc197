import ArgumentParser
import Emulator
import Foundation
import Logging

/// `warden-emulator`: Connect, Roles Anywhere and STS on one loopback port, for tests and demos.
@main
struct WardenEmulator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warden-emulator",
        abstract: "A local stand-in for the Amazon Connect, IAM Roles Anywhere and STS APIs.",
        discussion: """
            Prints one line, 'warden-emulator listening on http://127.0.0.1:PORT', then logs to stderr and \
            serves until SIGINT or SIGTERM. Sign requests with the seed's credentials (by default \
            AKIDWARDENEMULATOR / warden-emulator-secret). See Sources/Emulator/README.md.
            """
    )

    @Option(help: "The loopback address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 0

    @Option(help: "The YAML seed file: account, credentials, instances, profiles.")
    var seedFile: String?

    @Option(help: "Persist state in this JSON file (loaded at start when it exists, written atomically).")
    var state: String?

    @Option(help: "Multiply every request-rate quota by this factor.")
    var quotaScale = 1.0

    @Flag(help: "Never answer ThrottlingException.")
    var noThrottle = false

    @Option(help: "Milliseconds of latency added to every API call.")
    var latencyMs = 0

    @Option(help: "Probability (0-1) of answering 500 or 503 instead of processing a call.")
    var errorRate = 0.0

    @Option(help: "Probability (0-1) of closing the connection instead of processing a call.")
    var dropConnectionRate = 0.0

    @Option(help: "Probability (0-1) of processing a call, then closing the connection without answering.")
    var dropResponseRate = 0.0

    @Option(help: "Seed of the fault sequence and of generated ids (random when not given; it is logged).")
    var seed: UInt64?

    func validate() throws {
        let problems = settings(seed: EmulatorSeed(), randomSeed: 0, logger: Logger(label: "validate")).problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = Logger(label: "warden-emulator")
        let randomSeed = seed ?? UInt64.random(in: 0...UInt64.max)
        do {
            let seedValue = try seedFile.map(EmulatorSeed.load(path:)) ?? EmulatorSeed()
            let server = try await EmulatorServer.start(
                settings(seed: seedValue, randomSeed: randomSeed, logger: logger),
                handleSignals: true
            )
            // Written unbuffered: scripts read this line to learn the port.
            FileHandle.standardOutput.write(Data("warden-emulator listening on \(server.url)\n".utf8))
            logger.info("random seed \(randomSeed) (pass --seed \(randomSeed) to reproduce faults and ids)")
            try await server.waitUntilStopped()
            logger.info("stopped")
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }

    private func settings(seed: EmulatorSeed, randomSeed: UInt64, logger: Logger) -> EmulatorConfiguration {
        EmulatorConfiguration(
            host: host,
            port: port,
            seed: seed,
            statePath: state,
            quotaScale: quotaScale,
            throttling: !noThrottle,
            faults: FaultConfiguration(
                latencyMilliseconds: latencyMs,
                errorRate: errorRate,
                dropConnectionRate: dropConnectionRate,
                dropResponseRate: dropResponseRate
            ),
            randomSeed: randomSeed,
            logger: logger
        )
    }
}
