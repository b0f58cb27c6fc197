import CommandTestSupport
import Emulator
import Foundation
import Testing

/// `--strict` on every command that loads a file: each kind of warning becomes an error, the command exits 1
/// and the emulator receives no call at all.
@Suite(.serialized) struct StrictCommandTests {
    /// A file with one warning of each kind, and where each is.
    static let warned = """
        version: 1
        region: eu-west-2
        connect:
          prod:
            alias: acme-prod
            authenticationProfiles:
              default: { name: Default, periodicSessionDuration: 30 }
            securityProfiles:
              supervisor:
                name: Supervisor
                permissions: [BasicAgentAccess, ContactSearchView, Users.Edit, NewPermission.View]
                tagRestrictedResources: [Users]

        """

    static func expectedErrors(_ path: String) -> String {
        let profile = "connect.prod.securityProfiles.supervisor"
        return """
            \(path):7:33: error: connect.prod.authenticationProfiles.default.periodicSessionDuration: AWS deprecated \
            PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead
            \(path):11:41: error: \(profile).permissions: "ContactSearchView" is not a known Amazon Connect permission; \
            did you mean "ContactSearch.View"?
            \(path):11:60: error: \(profile).permissions: "Users.Edit" needs "Users.View" (the console always adds \
            View with Edit, Create and Delete)
            \(path):11:72: error: \(profile).permissions: "NewPermission.View" is not a known Amazon Connect permission; \
            if AWS added it after this Warden was built, list it under allowPermissions
            \(path):12:34: error: \(profile).tagRestrictedResources: "Users" is not a resource type AWS documents for \
            tag restrictions (User, SecurityProfile, Queue, RoutingProfile); did you mean "User"?

            """
    }

    static func write(_ text: String) throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("strict.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file.path)
    }

    @Test(arguments: [
        ["validate"], ["plan"], ["plan", "--format", "json"], ["apply", "--auto-approve"], ["drift"],
    ])
    func everyWarningIsAnErrorAndNothingIsSent(_ command: [String]) async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let (directory, path) = try Self.write(Self.warned)
        defer { try? FileManager.default.removeItem(at: directory) }

        let strict = try await CommandRun.warden(
            command + [path, "--strict"], environment: CommandRun.environment(endpoint: account.server.url))
        #expect(strict == CommandRun(standardOutput: "", standardError: Self.expectedErrors(path), exitCode: 1))
        #expect(await account.server.engine.callLog().isEmpty, "nothing may be sent under --strict")
    }

    @Test func withoutStrictTheSameFileIsValidWithWarnings() async throws {
        let (directory, path) = try Self.write(Self.warned)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await CommandRun.warden(["validate", path])
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(
            outcome.standardOutput
                == "\(path): valid: 1 Connect instance, 1 authentication profile, 1 security profile\n")
        #expect(
            outcome.standardError
                == Self.expectedErrors(path).replacingOccurrences(of: ": error: ", with: ": warning: "))
    }

    @Test func theAllowanceKeepsStrictOn() async throws {
        let allowed = Self.warned.replacingOccurrences(
            of: "    alias: acme-prod\n", with: "    alias: acme-prod\n    allowPermissions: [NewPermission.View]\n")
        let (directory, path) = try Self.write(allowed)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await CommandRun.warden(["validate", path, "--strict"])
        #expect(outcome.exitCode == 1)
        #expect(!outcome.standardError.contains("NewPermission.View"), "\(outcome)")
        #expect(outcome.standardError.split(separator: "\n").count == 4, "\(outcome)")
    }

    @Test func theExamplesValidateUnderStrictWithoutAWarning() async throws {
        let examples = ["examples/contact-center.yaml", "examples/minimal.yaml"].map(EmulatedAccount.path)
        let outcome = try await CommandRun.warden(["validate", "--strict"] + examples)
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(outcome.standardError == "")
    }
}
