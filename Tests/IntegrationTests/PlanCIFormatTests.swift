import CommandTestSupport
import Emulator
import Foundation
import Render
import Testing
import WardenCLI
import YAML

/// `warden plan` and `warden drift` with `--format github` and `--format sarif` against the seeded emulator: the
/// diagnostics found on the way in the CI format, and the plan beside them.
@Suite(.serialized) struct PlanCIFormatTests {
    /// The example with a permission name Warden does not know (a warning) in a directory of its own, the
    /// workspace.
    static func workspace() throws -> (directory: URL, file: String) {
        let directory = try PlanCommandTests.temporaryDirectory()
        let example = try String(
            contentsOf: CommandRun.repository.appendingPathComponent(PlanCommandTests.example), encoding: .utf8)
        let text = example.replacingOccurrences(
            of: "permissions: [BasicAgentAccess]\n", with: "permissions: [BasicAgentAccess, ContactSearchView]\n")
        #expect(text != example)
        try text.write(to: directory.appendingPathComponent("contact-center.yaml"), atomically: true, encoding: .utf8)
        return (directory, directory.appendingPathComponent("contact-center.yaml").path)
    }

    static func run(_ arguments: [String], _ account: EmulatedAccount, workspace: URL) async throws -> CommandRun {
        var environment = CommandRun.emulatorUser
        environment["GITHUB_WORKSPACE"] = workspace.path
        return try await CommandRun.warden(
            arguments + ["--endpoint-url", account.server.url], environment: environment)
    }

    static let warning =
        "::warning file=contact-center.yaml,line=66,col=41,endLine=66,title=unknown-permission::"
        + "connect.prod.securityProfiles.ai-agent.permissions: \"ContactSearchView\" is not a known Amazon Connect "
        + "permission; did you mean \"ContactSearch.View\"?\n"

    @Test func githubAnnotatesTheWarningsThenPrintsTheTextPlanFromWhichShowMakesTheComment() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let (directory, file) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("plan.json").path

        let planned = try await Self.run(
            ["plan", file, "--format", "github", "--detailed-exitcode", "-o", saved], account, workspace: directory)
        #expect(planned.exitCode == 2, "\(planned)")
        let text = try await CommandRun.warden(["show", saved], environment: CommandRun.emulatorUser)
        #expect(planned.standardOutput == Self.warning + text.standardOutput)
        #expect(text.standardOutput.hasSuffix("Plan: 2 to create, 4 to update, 2 to delete.\n"))

        let drift = try await Self.run(["drift", file, "--format", "github"], account, workspace: directory)
        #expect(drift.exitCode == 2, "\(drift)")
        #expect(
            drift.standardOutput.hasPrefix(Self.warning + "Drift: the live resources differ from \(file)."), "\(drift)")
    }

    @Test func sarifPrintsTheLogOnStandardOutputAndThePlanOnStandardError() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let (directory, file) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = WorkspacePaths(workspace: directory.path, currentDirectory: CommandRun.repository.path)

        let planned = try await Self.run(["plan", file, "--format", "sarif"], account, workspace: directory)
        #expect(planned.exitCode == 0, "\(planned)")
        let warning = Diagnostic.warning(
            .unknownPermission,
            "connect.prod.securityProfiles.ai-agent.permissions: \"ContactSearchView\" is not a known Amazon "
                + "Connect permission; did you mean \"ContactSearch.View\"?",
            file: file, at: SourceLocation(line: 66, column: 41))
        let log = SARIFView(toolVersion: WardenVersion.current, paths: paths).rendered([warning])
        #expect(planned.standardOutput == log)
        #expect(planned.standardError.contains("Warden will perform the following actions:"))
        #expect(planned.standardError.hasSuffix("Plan: 2 to create, 4 to update, 2 to delete.\n"))
    }

    @Test func problemsFoundReadingTheLiveStateAreAnnotatedOrLogged() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = try PlanCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.yaml")
        try
            "version: 1\nregion: eu-west-2\nconnect:\n  prod:\n    alias: no-such-alias\n    securityProfiles:\n      a: { name: A }\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let message = "connect.prod: no Amazon Connect instance has alias no-such-alias in eu-west-2"

        let github = try await Self.run(["plan", broken.path, "--format", "github"], account, workspace: directory)
        #expect(
            github
                == CommandRun(
                    standardOutput:
                        "::error file=broken.yaml,line=5,col=12,endLine=5,title=not-found::\(message)\n",
                    standardError: "", exitCode: 1))

        let sarif = try await Self.run(["plan", broken.path, "--format", "sarif"], account, workspace: directory)
        let paths = WorkspacePaths(workspace: directory.path, currentDirectory: CommandRun.repository.path)
        let problem = Diagnostic.error(
            .notFound, message, file: broken.path, at: SourceLocation(line: 5, column: 12))
        #expect(
            sarif
                == CommandRun(
                    standardOutput: SARIFView(toolVersion: WardenVersion.current, paths: paths).rendered([problem]),
                    standardError: "", exitCode: 1))
    }
}
