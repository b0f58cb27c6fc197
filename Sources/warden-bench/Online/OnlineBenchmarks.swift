import AWSModel
import DesiredState
import Emulator
import Foundation
import Logging
import Plan

/// Plan, apply and the boto3 baseline against one emulator holding `Fleet(.atQuota)`, each from a freshly
/// reset account with full quota buckets. Each run is checked (exit status, plan contents, the account
/// afterwards) before its time is believed.
struct OnlineBenchmarks {
    var settings: QuotaSettings
    var fleet: Fleet
    var warden: String
    var python: String
    var baselineScript: String?
    var workDirectory: String
    var log: @Sendable (String) -> Void

    struct Results: Sendable {
        var plan: OnlineResult
        var apply: OnlineResult
        var baseline: OnlineResult?
    }

    func run() async throws -> Results {
        let changed = fleet.changed()
        let file = workDirectory + "/at-quota.yaml"
        try changed.desiredFile().write(toFile: file, atomically: true, encoding: .utf8)
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(
                seed: fleet.emulatorSeed(), quotaScale: settings.scale, throttling: true,
                faults: FaultConfiguration(
                    latencyMilliseconds: settings.latencyMilliseconds, errorRate: 0, dropConnectionRate: 0,
                    dropResponseRate: 0),
                randomSeed: 8, logger: Self.quietLogger))
        do {
            let results = try await run(file: file, changed: changed, server: server)
            try await server.stop()
            return results
        } catch {
            try? await server.stop()
            throw error
        }
    }

    private func run(file: String, changed: Fleet, server: EmulatorServer) async throws -> Results {
        let planMinimal = MinimalCalls.plan(changed)

        log("plan at quota: warden plan of \(fleet.shape.resourceCount) resources…")
        let savedPlan = workDirectory + "/at-quota.plan.json"
        let plan = try await timed("plan at quota", server: server, minimal: planMinimal, expectedStatus: 2) {
            wardenCommand(["plan", file, "-o", savedPlan, "--detailed-exitcode"], url: server.url, output: "plan")
        }
        try checkPlan(at: savedPlan, against: changed)

        var baseline: OnlineResult?
        if let baselineScript {
            log("baseline: the same reads as a plain boto3 loop…")
            baseline = try await timed("boto3 baseline", server: server, minimal: planMinimal, expectedStatus: 0) {
                ChildProcess(
                    executable: python, arguments: [baselineScript, server.url, fleet.shape.region],
                    environment: credentialsEnvironment(),
                    standardOutput: workDirectory + "/baseline.out", standardError: workDirectory + "/baseline.err")
            }
            try checkBaseline(output: workDirectory + "/baseline.out")
        }

        log("apply at quota: warden apply of \(changed.changes.count) changes…")
        let apply = try await timed(
            "apply at quota", server: server, minimal: MinimalCalls.apply(changed),
            bound: LowerBound(phases: MinimalCalls.applyPhases(changed), quotaScale: settings.scale),
            expectedStatus: 0
        ) {
            wardenCommand(["apply", file, "--auto-approve"], url: server.url, output: "apply")
        }
        log("checking that the account now plans to no changes…")
        try await checkConverged(file: file, state: await server.engine.currentState(), seed: fleet.emulatorSeed())
        return Results(plan: plan, apply: apply, baseline: baseline)
    }

    /// Resets the account (state and quota buckets), runs the command and reads the call log.
    private func timed(
        _ name: String, server: EmulatorServer, minimal: CallCounts, bound: LowerBound? = nil, expectedStatus: Int32,
        _ command: () -> ChildProcess
    ) async throws -> OnlineResult {
        try await server.engine.reset()
        await server.engine.clearCallLog()
        let child = command()
        let outcome = try await child.run()
        guard outcome.status == expectedStatus else {
            throw BenchFailure(
                "\(name): \(child.executable) exited \(outcome.status), expected \(expectedStatus); see "
                    + child.standardError)
        }
        return OnlineResult(
            name: name, seconds: outcome.seconds, log: CallLogSummary(await server.engine.callLog()),
            minimal: minimal, bound: bound ?? LowerBound(calls: minimal, quotaScale: settings.scale))
    }

    private func wardenCommand(_ arguments: [String], url: String, output: String) -> ChildProcess {
        ChildProcess(
            executable: warden,
            arguments: arguments + ["--endpoint-url", url, "--rate-limit", settings.wardenRateLimit],
            environment: credentialsEnvironment(),
            standardOutput: workDirectory + "/\(output).out", standardError: workDirectory + "/\(output).err")
    }

    /// The emulator's credentials and nothing from the user's AWS configuration (the shared files are
    /// pointed at files that do not exist).
    private func credentialsEnvironment() -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return [
            "AWS_ACCESS_KEY_ID": EmulatorCredential.default.accessKeyId,
            "AWS_SECRET_ACCESS_KEY": EmulatorCredential.default.secretAccessKey,
            "AWS_DEFAULT_REGION": fleet.shape.region,
            "AWS_CONFIG_FILE": workDirectory + "/no-aws-config",
            "AWS_SHARED_CREDENTIALS_FILE": workDirectory + "/no-aws-credentials",
            "NO_COLOR": "1",
            "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
        ]
    }

    /// The saved plan updates exactly the changed resources.
    private func checkPlan(at path: String, against changed: Fleet) throws {
        let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        let planned = Set(plan.changes.map(\.address))
        let expected = Set(changed.changes.map(\.resource.address.description))
        guard planned == expected, plan.changes.allSatisfy({ $0.action == .update }) else {
            throw BenchFailure(
                "plan at quota: the plan changes \(planned.count) resources, expected the \(expected.count) updates "
                    + "of FleetChange; see \(path)")
        }
    }

    /// The boto3 loop read every resource.
    private func checkBaseline(output path: String) throws {
        let answer = try JSONValue(parsing: String(contentsOfFile: path, encoding: .utf8))
        let read = [
            answer["securityProfiles"]?.integerValue, answer["authenticationProfiles"]?.integerValue,
            answer["rolesAnywhereProfiles"]?.integerValue,
        ]
        let shape = fleet.shape
        let expected: [Int64?] = [
            Int64(shape.instances * shape.securityProfilesPerInstance), Int64(shape.instances),
            Int64(shape.rolesAnywhereProfiles),
        ]
        guard read == expected else {
            throw BenchFailure("boto3 baseline: read \(read), expected \(expected) resources; see \(path)")
        }
    }

    /// After the apply, the file plans to no changes: checked against a copy of the account without quotas
    /// or latency, so the check costs no benchmark time.
    private func checkConverged(file: String, state: EmulatorState, seed: EmulatorSeed) async throws {
        var copy = seed
        copy.state = state
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(seed: copy, throttling: false, randomSeed: 9, logger: Self.quietLogger))
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await ChildProcess(
                executable: warden,
                arguments: ["plan", file, "--detailed-exitcode", "--endpoint-url", server.url, "--rate-limit", "off"],
                environment: credentialsEnvironment(),
                standardOutput: workDirectory + "/converged.out", standardError: workDirectory + "/converged.err"
            ).run()
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
        guard outcome.status == 0 else {
            throw BenchFailure(
                "apply at quota: after the apply, warden plan exits \(outcome.status), not 0 (no changes); see "
                    + workDirectory + "/converged.out")
        }
    }

    static let quietLogger: Logger = {
        var logger = Logger(label: "warden-bench.emulator")
        logger.logLevel = .error
        return logger
    }()
}
