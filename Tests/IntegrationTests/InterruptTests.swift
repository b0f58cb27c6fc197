import CommandTestSupport
import Emulator
import Foundation
import Plan
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT and SIGTERM while a command talks to AWS: the built `warden` against an in-process emulator that
/// holds every call on arrival until the test lets it go, so that "the calls in flight" are exactly the calls
/// held, and the signal comes at a point the test chose, not after a sleep.
@Suite(.serialized) struct InterruptTests {
    static let example = "examples/contact-center.yaml"
    static var message: Regex<(Substring, Substring)> {
        #/Interrupt received: finishing the (\d+) calls? in flight; no new calls will be made \(interrupt again to stop at once\)\.\n/#
    }

    /// A `warden` running against `account`, with client-side rate limits off.
    static func start(_ arguments: [String], _ account: EmulatedAccount) throws -> RunningCommand {
        try RunningCommand.warden(
            arguments + ["--endpoint-url", account.server.url, "--rate-limit", "off"],
            environment: CommandRun.environment())
    }

    /// Lets held calls go, one batch at a time, until standard error satisfies `point` while a call is held.
    static func advance(
        _ running: RunningCommand, _ engine: EmulatorEngine, until point: @escaping (String) -> Bool
    ) async throws {
        while true {
            try await running.waitFor("a call held") { await engine.heldCalls() >= 1 }
            if point(running.standardError) { return }
            await engine.releaseCalls(holdingNext: true)
        }
    }

    /// Sends `signal`, waits for the message and for every call in flight to be held, and returns how many
    /// were in flight and how many calls the emulator had received by then.
    static func interrupt(
        _ running: RunningCommand, _ engine: EmulatorEngine, with signal: Int32
    ) async throws -> (inFlight: Int, received: Int) {
        running.send(signal)
        try await running.waitForStandardError { $0.contains(Self.message) }
        let match = try #require(running.standardError.firstMatch(of: Self.message))
        let inFlight = try #require(Int(match.1))
        // Every call the gate let through before it closed arrives, and is held; nothing else may.
        try await running.waitFor("\(inFlight) calls held") { await engine.heldCalls() == inFlight }
        return (inFlight, await engine.callsReceived())
    }

    static func isStartLine(_ line: Substring) -> Bool {
        line.hasSuffix(": creating...") || line.hasSuffix(": updating...") || line.hasSuffix(": deleting...")
    }

    static func isFinishedLine(_ line: Substring) -> Bool {
        line.contains(": created after ") || line.contains(": updated after ") || line.contains(": deleted after ")
    }

    /// Where in the apply the signal comes.
    enum Point: String, CaseIterable, Sendable {
        /// The first resources' first calls are in flight, nothing is written yet (two at a time).
        case firstCalls
        /// Some resources are done, one call of the next is in flight (one at a time).
        case afterSomeChanges

        var parallelism: String { self == .firstCalls ? "2" : "1" }

        func reached(_ standardError: String) -> Bool {
            let lines = standardError.split(separator: "\n")
            switch self {
            case .firstCalls: return lines.contains(where: InterruptTests.isStartLine)
            case .afterSomeChanges: return lines.filter(InterruptTests.isFinishedLine).count >= 2
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var signal: Int32
        var name: String
        var exitCode: Int32
        var point: Point
        var json: Bool
        var testDescription: String { "\(name) at \(point.rawValue)\(json ? ", --format json" : "")" }
    }

    static let cases = [
        Case(signal: SIGINT, name: "SIGINT", exitCode: 130, point: .firstCalls, json: false),
        Case(signal: SIGTERM, name: "SIGTERM", exitCode: 143, point: .afterSomeChanges, json: true),
        Case(signal: SIGINT, name: "SIGINT", exitCode: 130, point: .afterSomeChanges, json: false),
    ]

    @Test(arguments: cases)
    func anInterruptedApplyFinishesTheCallsInFlightStartsNoneAndReportsEveryResourceOnce(_ test: Case) async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        let folder = try ApplyHarness.temporaryFolder()
        let planPath = folder.appendingPathComponent("plan.json").path
        let planned = try await ApplyHarness.warden(
            ["plan", Self.example, "-o", planPath], endpoint: account.server.url)
        #expect(planned.exitCode == 0, "\(planned)")
        let plan = try Plan.decode(Data(contentsOf: URL(fileURLWithPath: planPath)))
        await engine.clearCallLog()
        let before = await engine.callsReceived()

        await engine.holdCalls()
        let running = try Self.start(
            ["apply", planPath, "--parallelism", test.point.parallelism] + (test.json ? ["--format", "json"] : []),
            account)
        try await Self.advance(running, engine, until: test.point.reached)
        let (inFlight, received) = try await Self.interrupt(running, engine, with: test.signal)
        #expect(inFlight >= 1)
        await engine.releaseCalls()
        let (outcome, _) = await running.finish()

        #expect(outcome.exitCode == test.exitCode, "\(outcome)")
        // No resource started after the signal, no call either, and every call that started was answered.
        let afterSignal = try #require(outcome.standardError.firstRange(of: Self.message)).upperBound
        #expect(!outcome.standardError[afterSignal...].split(separator: "\n").contains(where: Self.isStartLine))
        #expect(await engine.callsReceived() == received)
        let log = await engine.callLog()
        #expect(log.count == received - before)
        #expect(log.allSatisfy { $0.status >= 200 && $0.status < 300 }, "\(log)")

        // Each resource exactly once: done, failed, or not attempted (interrupted); the writes made are the
        // calls the report says were made.
        let writes = await ApplyHarness.writes(account).map { $0.operation ?? "?" }
        if test.json {
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
            #expect(report["interruption"] as? String == test.name)
            let resources = try #require(report["resources"] as? [[String: Any]])
            #expect(resources.map { $0["address"] as? String } == plan.changes.map(\.address))
            let outcomes = resources.map { $0["outcome"] as? String ?? "?" }
            #expect(outcomes.contains("succeeded") && outcomes.contains("interrupted"), "\(outcomes)")
            #expect(Set(outcomes).isSubset(of: ["succeeded", "failed", "interrupted"]), "\(outcomes)")
            let made = resources.flatMap { $0["callsMade"] as? [String] ?? [] }
            #expect(made.sorted() == writes.sorted())
        } else {
            let groups = Self.groups(outcome.standardOutput)
            let listed = groups.values.flatMap { $0 }
            #expect(listed.sorted() == plan.changes.map(\.address).sorted(), "\(outcome.standardOutput)")
            let notAttempted = try #require(groups["Not attempted (interrupted)"], "\(outcome.standardOutput)")
            #expect(!notAttempted.isEmpty)
            #expect(Set(groups.keys).isSubset(of: ["Succeeded", "Failed", "Not attempted (interrupted)"]))
            #expect(outcome.standardOutput.contains("\nApply interrupted (\(test.name)): "))
            if test.point == .firstCalls { #expect(writes.isEmpty) }
        }

        // What was not done is still there to do: apply again, and the account matches the file.
        let again = try await ApplyHarness.warden(
            ["apply", Self.example, "--auto-approve"], endpoint: account.server.url)
        #expect(again.exitCode == 0, "\(again)")
        let plannedAgain = try await ApplyHarness.warden(["plan", Self.example], endpoint: account.server.url)
        #expect(plannedAgain.standardOutput.hasPrefix("No changes."), "\(plannedAgain)")
    }

    /// The addresses under each heading of a text report ("Succeeded:", "Not attempted (interrupted):", …).
    static func groups(_ report: String) -> [String: [String]] {
        var groups: [String: [String]] = [:]
        var heading: String?
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  "), let heading {
                let entry = line.dropFirst(2)
                let address = entry.prefix { $0 != ":" && $0 != " " }
                groups[heading, default: []].append(String(address))
            } else if line.hasSuffix(":") && !line.hasPrefix(" ") && !line.contains(" will ") {
                heading = String(line.dropLast())
            } else {
                heading = nil
            }
        }
        return groups
    }

    @Test func aSecondSignalStopsAtOnceAndSaysWhatIsKnown() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        await engine.holdCalls()
        let running = try Self.start(["apply", Self.example, "--auto-approve"], account)
        try await Self.advance(running, engine, until: Point.firstCalls.reached)
        let (inFlight, _) = try await Self.interrupt(running, engine, with: SIGINT)

        // The calls stay held: only a second signal can end the program now.
        running.send(SIGTERM)
        let sent = ContinuousClock.now
        let (outcome, ended) = await running.finish()
        await engine.releaseCalls()
        #expect(ended - sent < .seconds(1))
        #expect(outcome.exitCode == 143, "\(outcome)")
        let calls = inFlight == 1 ? "1 call" : "\(inFlight) calls"
        #expect(
            outcome.standardError.contains(
                "Interrupted again: stopped at once; the \(calls) in flight were cut off, and AWS may or may not have "
                    + "made them. Run `warden plan` to see where things stand.\nStarted, outcome unknown:\n  "),
            "\(outcome)")
    }

    @Test(arguments: ["plan", "drift"])
    func anInterruptedReadMakesNoPlanAndLeavesTheSavedPlanAsItWas(_ command: String) async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        let folder = try ApplyHarness.temporaryFolder()
        let planPath = folder.appendingPathComponent("plan.json").path
        try "an earlier plan\n".write(toFile: planPath, atomically: true, encoding: .utf8)

        await engine.holdCalls()
        let running = try Self.start(
            [command, Self.example] + (command == "plan" ? ["-o", planPath] : []), account)
        try await Self.advance(running, engine) { _ in true }
        let (_, received) = try await Self.interrupt(running, engine, with: SIGINT)
        await engine.releaseCalls()
        let (outcome, _) = await running.finish()

        #expect(outcome.exitCode == 130, "\(outcome)")
        #expect(outcome.standardOutput == "")
        let report = command == "plan" ? "plan" : "drift report"
        #expect(
            outcome.standardError.hasSuffix(
                "Interrupted (SIGINT): the live state was not read to the end, so no \(report) was made.\n"),
            "\(outcome)")
        #expect(await engine.callsReceived() == received)
        #expect(try String(contentsOfFile: planPath, encoding: .utf8) == "an earlier plan\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test func anInterruptedImportWritesNothingAndLeavesTheFileItWouldReplace() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        let folder = try ApplyHarness.temporaryFolder()
        let out = folder.appendingPathComponent("imported.yaml").path
        try "# an earlier import\n".write(toFile: out, atomically: true, encoding: .utf8)

        await engine.holdCalls()
        let running = try Self.start(
            ["import", "--instance", "acme-prod", "--roles-anywhere", "--region", "eu-west-2", "-o", out, "--force"],
            account)
        try await Self.advance(running, engine) { _ in true }
        let (_, received) = try await Self.interrupt(running, engine, with: SIGTERM)
        await engine.releaseCalls()
        let (outcome, _) = await running.finish()

        #expect(outcome.exitCode == 143, "\(outcome)")
        #expect(
            outcome.standardError.hasSuffix(
                "Interrupted (SIGTERM): the live state was not read to the end, so nothing was written.\n"),
            "\(outcome)")
        #expect(await engine.callsReceived() == received)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "# an earlier import\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["imported.yaml"])
    }

    @Test func anInterruptedAdoptLeavesTheFileByteForByte() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        let folder = try ApplyHarness.temporaryFolder()
        let file = folder.appendingPathComponent("contact-center.yaml").path
        let original = try String(contentsOfFile: EmulatedAccount.path(Self.example), encoding: .utf8)
        try original.write(toFile: file, atomically: true, encoding: .utf8)

        await engine.holdCalls()
        let running = try Self.start(["adopt", file], account)
        try await Self.advance(running, engine) { _ in true }
        let (_, received) = try await Self.interrupt(running, engine, with: SIGINT)
        await engine.releaseCalls()
        let (outcome, _) = await running.finish()

        #expect(outcome.exitCode == 130, "\(outcome)")
        #expect(outcome.standardOutput == "", "no diff: nothing was adopted")
        #expect(
            outcome.standardError.hasSuffix(
                "Interrupted (SIGINT): the live state was not read to the end, so nothing was written.\n"),
            "\(outcome)")
        #expect(await engine.callsReceived() == received)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["contact-center.yaml"])
    }

    @Test func aParticipantAuthCallInFlightIsFinishedThenTheCommandExits130() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let engine = account.server.engine
        await engine.holdCalls()
        let running = try RunningCommand.warden(
            [
                "participant-auth", "--instance", ApplyHarness.prodInstanceId, "--state", "prod-state-7f3a9c", "--code",
                "cognito-code-123",
            ],
            environment: CommandRun.environment(endpoint: account.server.url, region: "eu-west-2"))
        try await Self.advance(running, engine) { _ in true }
        let (inFlight, _) = try await Self.interrupt(running, engine, with: SIGINT)
        #expect(inFlight == 1)
        await engine.releaseCalls()
        let (outcome, _) = await running.finish()

        #expect(outcome.exitCode == 130, "\(outcome)")
        #expect(outcome.standardOutput.hasPrefix("Sent the authorization code for state prod-state-7f3a9c"))
        #expect(
            await engine.callLog().map { "\($0.operation ?? "?") \($0.status)" } == [
                "UpdateParticipantAuthentication 200"
            ])
    }
}
