import AWSCore
import AWSModel
import CommandTestSupport
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import WardenCLI

/// `warden adopt` as a user runs it against the emulator: console edits folded back into the file, the diff on
/// standard output, the summary on standard error, and the file untouched whenever something is off.
@Suite(.serialized) struct AdoptCommandTests {
    static let example = "examples/contact-center.yaml"

    /// A copy of the example in a directory of its own, for the test to change.
    static func copy() throws -> (directory: URL, path: String) {
        try written(String(contentsOfFile: EmulatedAccount.path(example), encoding: .utf8), as: "contact-center.yaml")
    }

    /// `text` written as `name` in a new temporary directory.
    static func written(_ text: String, as name: String = "warden.yaml") throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "warden-adopt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (directory, path)
    }

    static func run(_ account: EmulatedAccount, _ arguments: [String]) async throws -> CommandRun {
        try await CommandRun.warden(
            arguments + ["--endpoint-url", account.server.url], environment: CommandRun.environment(region: "eu-west-2")
        )
    }

    static func allowOfficeRange(_ account: EmulatedAccount) async throws {
        _ = try await account.access().clients(fileRegion: "eu-west-2").connect("eu-west-2").call(
            "UpdateAuthenticationProfile",
            input: [
                "InstanceId": "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
                "AuthenticationProfileId": try await authenticationProfileId(account),
                "AllowedIps": ["203.0.113.0/24", "198.51.100.128/25", "2001:db8:1200::/40", "192.0.2.0/24"],
            ])
    }

    static func authenticationProfileId(_ account: EmulatedAccount) async throws -> JSONValue {
        let drift = try await PlanWorkflow.plan(path: EmulatedAccount.path(example), access: account.access()).get()
        let profile = drift.observed.resources.values.first {
            $0.live.kind.id == "authenticationProfile" && $0.address.components[1] == "prod"
        }
        return .string(profile!.live.identity.id!)
    }

    @Test func adoptsTwoConsoleEditsThenPlanShowsNoChanges() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        try await PlanExampleTests.apply(account)
        try await PlanExampleTests.changeDescriptionOfProdAgent(account, to: "Edited in the console")
        try await Self.allowOfficeRange(account)
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(contentsOfFile: path, encoding: .utf8)

        let check = try await Self.run(account, ["adopt", path, "--check"])
        #expect(check.exitCode == 2, "\(check)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

        let adopted = try await Self.run(account, ["adopt", path])
        #expect(adopted.exitCode == 0, "\(adopted)")
        #expect(
            adopted.standardOutput == """
                --- a/\(path)
                +++ b/\(path)
                @@ -22,6 +22,7 @@
                           - 203.0.113.0/24
                           - 198.51.100.128/25
                           - "2001:db8:1200::/40"
                +          - 192.0.2.0/24
                         blockedIps: [203.0.113.66/32]
                         sessionInactivity:
                           enabled: true
                @@ -30,7 +31,7 @@
                     securityProfiles:
                       agent:
                         name: Agent
                -        description: Front-line agents
                +        description: Edited in the console
                         permissions:
                           - BasicAgentAccess
                           - OutboundCallAccess

                """)
        #expect(
            adopted.standardError.contains(
                """
                Adopted 2 fields of 2 resources into \(path).
                  ~ connect.prod.authenticationProfiles.default: allowedIps
                  ~ connect.prod.securityProfiles.agent: description
                8 live resources not managed by \(path) (--include-unmanaged writes them into it):
                  ? connect.prod.securityProfiles: "Admin" (id 8ef3a576-ad6e-5d70-a3e4-9094b1aa2bb8)

                """), "\(adopted.standardError)")
        let now = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            now
                == original.replacing("description: Front-line agents\n", with: "description: Edited in the console\n")
                .replacing("- \"2001:db8:1200::/40\"\n", with: "- \"2001:db8:1200::/40\"\n          - 192.0.2.0/24\n"))

        let plan = try await Self.run(account, ["plan", path])
        #expect(plan.exitCode == 0)
        #expect(plan.standardOutput == "No changes. The live resources match \(path).\n")
        let again = try await Self.run(account, ["adopt", path, "--check"])
        #expect(again.exitCode == 0, "\(again)")
        #expect(again.standardOutput == "")
    }

    @Test func aValueFromAReferenceIsListedAndTheFileIsUntouched() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        try await PlanExampleTests.apply(account)
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let drift = try await PlanWorkflow.plan(path: path, access: account.access()).get()
        let profile = drift.observed.resources.values.first { $0.live.kind.id == "rolesAnywhereProfile" }!
        _ = try await account.access().clients(fileRegion: "eu-west-2").rolesAnywhere("eu-west-2").call(
            "TagResource",
            input: [
                "resourceArn": .string(profile.live.identity.arn!),
                "tags": [["key": "supervisor-profile", "value": "edited"]],
            ])

        let adopted = try await Self.run(account, ["adopt", path])
        #expect(adopted.exitCode == 1, "\(adopted)")
        #expect(adopted.standardOutput == "")
        #expect(
            adopted.standardError.contains(
                "  ! rolesAnywhere.profiles.connect-ops.tags.supervisor-profile: from a reference; AWS has "
                    + "{\"supervisor-profile\":\"edited\",\"team\":\"contact-center\"}\n"), "\(adopted.standardError)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func aValueFromAVariableIsListedAndTheFileIsUntouched() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let text = """
            version: 1
            region: eu-west-2
            variables:
              desc: { type: string }
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    description: ${var.desc}   # per environment
                    permissions: [BasicAgentAccess]

            """
        let (directory, path) = try Self.written(text)
        defer { try? FileManager.default.removeItem(at: directory) }
        let applied = try await Self.run(account, ["apply", path, "--auto-approve", "--var", "desc=Agents"])
        #expect(applied.exitCode == 0, "\(applied)")
        try await PlanExampleTests.changeDescriptionOfProdAgent(account, to: "Edited in the console")

        let adopted = try await Self.run(account, ["adopt", path, "--var", "desc=Agents"])
        #expect(adopted.exitCode == 1, "\(adopted)")
        #expect(adopted.standardOutput == "")
        #expect(
            adopted.standardError.contains(
                "  ! connect.prod.securityProfiles.agent.description: from a variable; AWS has \"Edited in the console\"\n"
            ), "\(adopted.standardError)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func anEntryWrittenWithAVariableThatAWSStillHasStaysAndTheOthersAreAdopted() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let text = """
            version: 1
            region: eu-west-2
            variables:
              team: { type: string }
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    tags:
                      team: ${var.team}   # per environment
                      site: leeds

            """
        let (directory, path) = try Self.written(text)
        defer { try? FileManager.default.removeItem(at: directory) }
        let applied = try await Self.run(account, ["apply", path, "--auto-approve", "--var", "team=support"])
        #expect(applied.exitCode == 0, "\(applied)")
        // In the console: the site tag changes; the team tag keeps the variable's value.
        let connect = try account.access().clients(fileRegion: "eu-west-2").connect("eu-west-2")
        let described = try await connect.call(
            "DescribeSecurityProfile",
            input: [
                "InstanceId": "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
                "SecurityProfileId": "f6fb3f15-c62a-5628-b938-9834b5746e7d",
            ])
        let arn = try #require(described["SecurityProfile"]?["Arn"]?.stringValue)
        _ = try await connect.call("TagResource", input: ["resourceArn": .string(arn), "tags": ["site": "york"]])

        let adopted = try await Self.run(account, ["adopt", path, "--var", "team=support"])
        #expect(adopted.exitCode == 0, "\(adopted)")
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == text.replacingOccurrences(of: "site: leeds", with: "site: york"))
        let planned = try await Self.run(account, ["plan", path, "--var", "team=support", "--detailed-exitcode"])
        #expect(planned.exitCode == 0, "\(planned)")
        #expect(planned.standardOutput.contains("\nNo changes."), "\(planned)")
    }

    @Test func anErrorLeavesTheFileUntouched() async throws {
        let account = try await EmulatedAccount.start(seed: "accountId: \"999999999999\"\n")
        defer { Task { try? await account.stop() } }
        let (directory, path) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let outcome = try await Self.run(account, ["adopt", path])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError.contains("refusing to plan against another account"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func helpDescribesEveryOption() async throws {
        let help = try await CommandRun.warden(["adopt", "--help"])
        #expect(help.exitCode == 0)
        for option in ["--address <address>", "--include-unmanaged", "--check", "-o, --out <path>", "--strict"] {
            #expect(help.standardOutput.contains(option), "\(option)")
        }
        let root = try await CommandRun.warden(["--help"])
        #expect(root.standardOutput.contains("adopt"))
    }

    @Test func checkAndOutDoNotGoTogether() async throws {
        let outcome = try await CommandRun.warden(["adopt", "x.yaml", "--check", "-o", "y.yaml"])
        #expect(outcome.exitCode == 64)
    }
}
