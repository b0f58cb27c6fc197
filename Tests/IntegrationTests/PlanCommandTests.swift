import AWSModel
import CommandTestSupport
import Emulator
import Foundation
import Plan
import Reconcile
import Render
import Testing
import WardenCLI
import YAML

/// `warden plan` and `warden show` as a user runs them: the built binary against the seeded emulator.
@Suite(.serialized) struct PlanCommandTests {
    static let example = "examples/contact-center.yaml"

    static func plan(_ account: EmulatedAccount, _ arguments: [String]) async throws -> CommandRun {
        try await CommandRun.warden(
            ["plan"] + arguments + ["--endpoint-url", account.server.url], environment: CommandRun.emulatorUser)
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func detailedExitcodeIsTwoWithChangesZeroWithoutAndOneOnError() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }

        let plain = try await Self.plan(account, [Self.example])
        #expect(plain.exitCode == 0, "\(plain)")
        #expect(plain.standardOutput.hasSuffix("Plan: 2 to create, 4 to update, 2 to delete.\n"))
        let expected = try String(
            contentsOf: PlanGolden.directory.appendingPathComponent("contact-center.txt"), encoding: .utf8)
        #expect(plain.standardOutput == expected)

        let detailed = try await Self.plan(account, [Self.example, "--detailed-exitcode"])
        #expect(detailed.exitCode == 2, "\(detailed)")
        #expect(detailed.standardOutput == plain.standardOutput)

        try await PlanExampleTests.apply(account)
        let none = try await Self.plan(account, [Self.example, "--detailed-exitcode"])
        #expect(none.standardOutput == "No changes. The live resources match \(Self.example).\n")
        #expect(none.exitCode == 0)
        // A plan that runs over a second (a loaded machine) reports its lists and reads on standard error; nothing
        // else.
        #expect(
            none.standardError.split(separator: "\n").allSatisfy { $0.hasPrefix("Listed ") || $0.hasPrefix("Read ") },
            "\(none.standardError)")

        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.yaml")
        try
            "version: 1\nregion: eu-west-2\nconnect:\n  prod:\n    alias: no-such-alias\n    securityProfiles:\n      a: { name: A }\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let failed = try await Self.plan(account, [broken.path, "--detailed-exitcode"])
        #expect(
            failed
                == CommandRun(
                    standardOutput: "",
                    standardError:
                        "\(broken.path):5:12: error: connect.prod: no Amazon Connect instance has alias no-such-alias in eu-west-2\n",
                    exitCode: 1))
    }

    @Test func aSavedPlanShowsExactlyAsItWasPrinted() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("plan.json").path

        let text = try await Self.plan(account, [Self.example, "-o", saved])
        #expect(text.exitCode == 0)
        #expect(
            text.standardError.hasSuffix("Saved the plan to \(saved). Apply exactly it with: warden apply \(saved)\n"))
        let shown = try await CommandRun.warden(["show", saved], environment: CommandRun.emulatorUser)
        #expect(shown == CommandRun(standardOutput: text.standardOutput, standardError: "", exitCode: 0))

        let markdown = try await Self.plan(account, [Self.example, "--format", "markdown"])
        #expect(
            try await CommandRun.warden(["show", saved, "--format", "markdown"], environment: CommandRun.emulatorUser)
                .standardOutput
                == markdown.standardOutput)

        let json = try await CommandRun.warden(
            ["show", saved, "--format", "json"], environment: CommandRun.emulatorUser)
        #expect(json.standardOutput == (try String(contentsOfFile: saved, encoding: .utf8)) + "\n")
        let decoded = try Plan.decode(Data(json.standardOutput.utf8))
        #expect(decoded.formatVersion == 1)
        #expect(decoded.summary == Plan.Summary(changes: decoded.changes, unchanged: 1, unmanaged: 0))
    }

    @Test func showRefusesWhatIsNotAPlan() async throws {
        let outcome = try await CommandRun.warden(["show", Self.example], environment: CommandRun.emulatorUser)
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError == "error: \(Self.example): not a Warden plan: no formatVersion\n")
    }

    @Test func targetKeepsTheResourceAndWhatItDependsOn() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        func addresses(_ targets: [String]) async throws -> [String] {
            let outcome = try await Self.plan(
                account, [Self.example, "--format", "json"] + targets.flatMap { ["--target", $0] })
            #expect(outcome.exitCode == 0, "\(outcome)")
            return try Plan.decode(Data(outcome.standardOutput.utf8)).changes.map(\.address)
        }
        #expect(
            try await addresses(["rolesAnywhere.profiles.connect-ops"]) == [
                "connect.prod.securityProfiles.supervisor", "rolesAnywhere.profiles.connect-ops",
            ])
        #expect(try await addresses(["connect.staging"]) == ["connect.staging.securityProfiles.agent"])
        #expect(
            try await addresses([
                "connect.prod.securityProfiles.SalesAgent", "connect.prod.authenticationProfiles.default",
            ])
                == ["connect.prod.authenticationProfiles.default", "connect.prod.securityProfiles.SalesAgent"])

        let unknown = try await Self.plan(account, [Self.example, "--target", "connect.prod.securityProfiles.agnet"])
        #expect(unknown.exitCode == 1)
        #expect(
            unknown.standardError
                == "error: --target connect.prod.securityProfiles.agnet: no resource has that address in \(Self.example)\n"
        )
        let misspelt = try await Self.plan(account, [Self.example, "--target", "connect.prd"])
        #expect(
            misspelt.standardError == "error: --target connect.prd: no resource has that address in \(Self.example)\n")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNO_COLOR() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("plan.json").path
        #expect(try await Self.plan(account, [Self.example, "-o", saved]).exitCode == 0)

        let escape = "\u{1B}["
        let terminal = try await CommandRun.warden(
            ["show", saved], environment: CommandRun.emulatorUser, terminalOutput: true)
        #expect(terminal.exitCode == 0)
        #expect(terminal.standardOutput.contains("\(escape)32m+\(escape)0m"))
        let plain = try await CommandRun.warden(["show", saved], environment: CommandRun.emulatorUser)
        #expect(!plain.standardOutput.contains(escape))
        let stripped = terminal.standardOutput.replacingOccurrences(
            of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
        #expect(stripped == plain.standardOutput)

        let noColor = try await CommandRun.warden(
            ["show", saved], environment: CommandRun.environment(region: "eu-west-2"), terminalOutput: true)
        #expect(noColor.standardOutput == plain.standardOutput)
        #expect(!noColor.standardOutput.contains(escape))
        // Markdown and JSON are never coloured, even on a terminal.
        let markdown = try await CommandRun.warden(
            ["show", saved, "--format", "markdown"], environment: CommandRun.emulatorUser, terminalOutput: true)
        #expect(!markdown.standardOutput.contains(escape))
    }

    @Test func aSlowPlanReportsItsProgressOnStandardError() async throws {
        let account = try await EmulatedAccount.start(seed: ReaderThrottlingTests.seed)
        defer { Task { try? await account.stop() } }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.yaml")
        try """
        version: 1
        region: eu-west-2
        connect:
          big:
            alias: big
            securityProfiles:
              sp1: { name: SP1, description: new }
              sp2: { name: SP2, description: new }
              sp3: { name: SP3, description: new }

        """.write(to: file, atomically: true, encoding: .utf8)
        // One request a second per operation: three DescribeSecurityProfile calls take two seconds, so the
        // reads that finish after the first second are reported.
        let outcome = try await Self.plan(account, [file.path, "--rate-limit", "Connect=1/1"])
        #expect(outcome.exitCode == 0, "\(outcome)")
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        #expect(
            lines.last?.wholeMatch(of: /Read connect\.big\.securityProfiles\.sp[123] \(3 of 3\)/) != nil, "\(lines)")
        for line in lines {
            #expect(line.wholeMatch(of: /(Listed|Read) [a-zA-Z0-9.]+ \([123] of [13]\)/) != nil, "\(line)")
        }
    }
}
