import CommandTestSupport
import Emulator
import Foundation
import Testing

/// `warden import` as a user runs it, against the account of Fixtures/import-rich-seed.yaml.
@Suite(.serialized) struct ImportCommandTests {
    static let summary =
        "Imported from account 444455556666, eu-west-2: 1 Connect instance, 2 authentication profiles, 8 security "
        + "profiles."

    @Test func writesTheFileAndSaysWhatItImported() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warden-import-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }

        let run = try await CommandRun.warden(["import", "--instance", "rich-prod", "-o", path], against: account)
        #expect(
            run
                == CommandRun(
                    standardOutput: "",
                    standardError: Self.summary.dropLast() + ". Wrote \(path); `warden plan \(path)` shows what "
                        + "differs (nothing, until AWS changes).\n",
                    exitCode: 0))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=warden.schema.json\n"))

        let plan = try await CommandRun.warden(["plan", path, "--detailed-exitcode"], against: account)
        #expect(plan.standardOutput == "No changes. The live resources match \(path).\n")
        #expect(plan.exitCode == 0)
        // A plan that runs over a second reports its lists and reads on standard error; nothing else may appear there.
        #expect(
            plan.standardError.split(separator: "\n").allSatisfy { $0.hasPrefix("Listed ") || $0.hasPrefix("Read ") },
            "\(plan.standardError)")

        let again = try await CommandRun.warden(["import", "--instance", "rich-prod", "-o", path], against: account)
        #expect(again.exitCode == 64)
        #expect(again.standardError.hasPrefix("Error: \(path) exists; pass --force to replace it.\n"))
        let forced = try await CommandRun.warden(
            ["import", "--instance", "rich-prod", "-o", path, "--force", "--schema", "../schemas/warden.schema.json"],
            against: account)
        #expect(forced.exitCode == 0)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8).hasPrefix(
                "# yaml-language-server: $schema=../schemas/warden.schema.json\n#\n# Imported by warden "))
    }

    @Test func withoutAnOutputFileWritesToStandardOutput() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await CommandRun.warden(["import", "--instance", RichAccount.prodInstance], against: account)
        #expect(run.exitCode == 0)
        #expect(run.standardError == Self.summary + "\n")
        #expect(run.standardOutput.contains("\nconnect:\n  rich-prod:\n    id: \(RichAccount.prodInstance)\n"))
    }

    @Test func reportsEveryInstanceItCannotFind() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await CommandRun.warden(
            ["import", "--instance", "nope", "--instance", "0f0f0f0f-0000-4000-8000-000000000000"], against: account)
        #expect(
            run
                == CommandRun(
                    standardOutput: "",
                    standardError: """
                        error: no Amazon Connect instance has alias nope in eu-west-2 (its instances: rich-prod)
                        error: no Amazon Connect instance has id 0f0f0f0f-0000-4000-8000-000000000000 in eu-west-2

                        """,
                    exitCode: 1))
    }

    @Test func needsSomethingToImportAndARegion() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let nothing = try await CommandRun.warden(["import"], against: account)
        #expect(nothing.exitCode == 64)
        #expect(nothing.standardError.hasPrefix("Error: Give at least one --instance, or --roles-anywhere.\n"))

        let noRegion = try await CommandRun.warden(
            ["import", "--roles-anywhere"], environment: CommandRun.environment(endpoint: account.server.url))
        #expect(
            noRegion
                == CommandRun(
                    standardOutput: "",
                    standardError: "error: NoRegion: No AWS region: pass --region, set AWS_REGION, set region in "
                        + "profile default, or set region in the desired-state file.\n",
                    exitCode: 1))
    }
}
