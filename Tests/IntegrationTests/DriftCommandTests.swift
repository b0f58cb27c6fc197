import AWSModel
import Emulator
import Foundation
import Plan
import Testing

/// `warden drift` as a scheduled job runs it: exit 2 on drift, 0 without, 1 on error; text, markdown, JSON.
@Suite(.serialized) struct DriftCommandTests {
    static let example = "examples/contact-center.yaml"

    static func drift(_ account: EmulatedAccount, _ arguments: [String]) async throws -> PlanBinary.Outcome {
        try await PlanBinary(endpoint: nil).run(["drift"] + arguments + ["--endpoint-url", account.server.url])
    }

    @Test func driftExitsTwoAndListsWhatTheFileDoesNotManage() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let text = try await Self.drift(account, [Self.example])
        #expect(text.exitCode == 2, "\(text)")
        let expected = try String(
            contentsOf: PlanGolden.directory.appendingPathComponent("contact-center-drift.txt"), encoding: .utf8)
        #expect(text.standardOutput == expected)

        let json = try await Self.drift(account, [Self.example, "--format", "json"])
        #expect(json.exitCode == 2)
        let report = try Plan.decode(Data(json.standardOutput.utf8))
        #expect(report.mode == .drift)
        #expect(report.unmanaged.map(\.name).contains("ci-readonly"))
        #expect(report.summary.unmanaged == report.unmanaged.count)

        let markdown = try await Self.drift(account, [Self.example, "--format", "markdown"])
        #expect(markdown.exitCode == 2)
        #expect(markdown.standardOutput.hasPrefix("**Warden drift report: 2 to create, 4 to update, 2 to delete.**\n"))
        #expect(
            markdown.standardOutput.contains(
                "</details>\n\n<details><summary>8 live resources not managed by <code>\(Self.example)</code></summary>\n\n"
                    + "- `connect.prod.securityProfiles`: Admin (id `8ef3a576-ad6e-5d70-a3e4-9094b1aa2bb8`)\n"))
    }

    @Test func noDriftExitsZeroAndAChangeBehindWardensBackIsDrift() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        try await PlanExampleTests.apply(account)
        let clean = try await Self.drift(account, [Self.example])
        #expect(clean.exitCode == 0, "\(clean)")
        #expect(clean.standardOutput.hasPrefix("No drift. The live resources match \(Self.example).\n"))

        try await PlanExampleTests.changeDescriptionOfProdAgent(account, to: "Edited in the console")
        let drifted = try await Self.drift(account, [Self.example])
        #expect(drifted.exitCode == 2)
        #expect(
            drifted.standardOutput.contains(
                "      ~ description = \"Edited in the console\" -> \"Front-line agents\"\n"))
        #expect(drifted.standardOutput.hasSuffix("Plan: 0 to create, 1 to update, 0 to delete.\n"))
    }

    @Test func anErrorExitsOne() async throws {
        let account = try await EmulatedAccount.start(seed: "accountId: \"999999999999\"\n")
        defer { Task { try? await account.stop() } }
        let outcome = try await Self.drift(account, [Self.example])
        #expect(
            outcome
                == PlanBinary.Outcome(
                    standardOutput: "",
                    standardError: "\(Self.example):10:12: error: accountId: the credentials belong to account "
                        + "999999999999, not 111122223333; refusing to plan against another account\n",
                    exitCode: 1))
    }
}
