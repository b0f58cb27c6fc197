import CommandTestSupport
import DesiredState
import Foundation
import Testing
import WardenCLI

@Suite struct Binary {
    @Test func validateExamplesPrintsOneSummaryPerFileAndExitsZero() async throws {
        let outcome = try await CommandRun.warden(["validate", "examples/contact-center.yaml", "examples/minimal.yaml"])
        #expect(
            outcome
                == CommandRun(
                    standardOutput: """
                        examples/contact-center.yaml: valid: 2 Connect instances, 2 authentication profiles, \
                        4 security profiles, 1 Roles Anywhere profile
                        examples/minimal.yaml: valid: 1 Connect instance, 1 security profile

                        """,
                    standardError: "", exitCode: 0))
    }

    @Test func validateAnInvalidFilePrintsEveryDiagnosticOnStandardErrorAndExitsOne() async throws {
        let fixture = "Tests/DesiredStateTests/Fixtures/invalid/unknown-top-level-key.yaml"
        let outcome = try await CommandRun.warden(["validate", "examples/minimal.yaml", fixture, "missing.yaml"])
        #expect(
            outcome
                == CommandRun(
                    standardOutput: "examples/minimal.yaml: valid: 1 Connect instance, 1 security profile\n",
                    standardError: """
                        \(fixture):2:1: error: unknown key "regoin"; did you mean "region"?
                        \(fixture):3:1: error: unknown key "conect"; did you mean "connect"?
                        missing.yaml: error: no such file

                        """,
                    exitCode: 1))
    }

    @Test func validateWithoutFilesIsAUsageError() async throws {
        let outcome = try await CommandRun.warden(["validate"])
        #expect(outcome.exitCode == 64)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("Error: Missing expected argument '<files> ...'"))
    }

    @Test func schemaPrintsTheCommittedSchemaExactly() async throws {
        let outcome = try await CommandRun.warden(["schema"])
        let committed = try String(
            contentsOf: CommandRun.repository.appendingPathComponent("schemas/warden.schema.json"), encoding: .utf8)
        #expect(outcome == CommandRun(standardOutput: committed, standardError: "", exitCode: 0))
    }

    @Test func versionPrintsTheVersion() async throws {
        let outcome = try await CommandRun.warden(["--version"])
        #expect(
            outcome
                == CommandRun(standardOutput: "\(WardenVersion.current)\n", standardError: "", exitCode: 0))
    }

    @Test func validateAsJSONPrintsOneDocumentOnStandardOutputAndExitsOne() async throws {
        let fixture = "Tests/DesiredStateTests/Fixtures/invalid/unknown-top-level-key.yaml"
        let outcome = try await CommandRun.warden([
            "validate", "--format", "json", "examples/minimal.yaml", fixture, "missing.yaml",
        ])
        // The committed document is also checked against schemas/validation-report.schema.json (pytest).
        let expected = try String(contentsOf: Self.golden.appendingPathComponent("validate.json"), encoding: .utf8)
        #expect(outcome == CommandRun(standardOutput: expected, standardError: "", exitCode: 1))
    }

    @Test func validateAsJSONOfValidFilesExitsZero() async throws {
        let outcome = try await CommandRun.warden([
            "validate", "examples/contact-center.yaml", "examples/minimal.yaml", "--format", "json",
        ])
        #expect(outcome.exitCode == 0)
        #expect(outcome.standardError == "")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(document["valid"] as? Bool == true)
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(
            files.map { $0["summary"] as? String } == [
                "2 Connect instances, 2 authentication profiles, 4 security profiles, 1 Roles Anywhere profile",
                "1 Connect instance, 1 security profile",
            ])
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}
