import AWSCore
import AWSModel
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Render
import Testing
import WardenCLI

/// examples/contact-center.yaml against the example seed: the plan people review, and the plans after apply.
@Suite(.serialized) struct PlanExampleTests {
    static let example = EmulatedAccount.path("examples/contact-center.yaml")

    static func plan(_ account: EmulatedAccount, _ path: String = example, mode: Plan.Mode = .plan) async throws -> Plan
    {
        PlanGolden.relative(
            try await PlanWorkflow.plan(path: path, access: account.access(), mode: mode, wardenVersion: "0.1.0").get()
                .plan)
    }

    @Test func theExamplePlanMatchesItsGoldenFiles() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let plan = try await Self.plan(account)
        try PlanGolden.check(TextPlanView().rendered(plan), against: "contact-center.txt")
        try PlanGolden.check(MarkdownPlanView().rendered(plan), against: "contact-center.md")
        try PlanGolden.check(JSONPlanView().rendered(plan), against: "contact-center.json")
        #expect(plan.summary.sentence == "Plan: 2 to create, 4 to update, 2 to delete.")
        #expect(try Plan.decode(plan.jsonData()) == plan)
        let drift = try await Self.plan(account, mode: .drift)
        try PlanGolden.check(TextPlanView().rendered(drift), against: "contact-center-drift.txt")
        try PlanGolden.check(JSONPlanView().rendered(drift), against: "contact-center-drift.json")
    }

    @Test func thePlanRecordsTheFileDigestAndEachLiveResourcesFingerprint() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let plan = try await Self.plan(account)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.example))
        #expect(plan.formatVersion == 1)
        #expect(
            plan.desiredFile
                == Plan.DesiredFile(path: "examples/contact-center.yaml", sha256: Fingerprint.sha256Hex(bytes)))
        #expect(plan.accountId == "111122223333")
        for change in plan.changes {
            #expect((change.fingerprint != nil) == (change.action != .create), "\(change.address)")
        }
        // The same live state gives the same fingerprints; a change behind Warden's back gives another.
        let again = try await Self.plan(account)
        #expect(again.changes.map(\.fingerprint) == plan.changes.map(\.fingerprint))
        try await Self.changeDescriptionOfProdAgent(account, to: "Changed by hand")
        let changed = try await Self.plan(account)
        let address = "connect.prod.securityProfiles.agent"
        #expect(
            changed.changes.first { $0.address == address }?.fingerprint
                != plan.changes.first { $0.address == address }?.fingerprint)
    }

    @Test func afterApplyAReorderedFileAndAReformattedPolicyPlanNoChanges() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        try await Self.apply(account)
        #expect(try await Self.plan(account).changes == [])

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let rewritten = directory.appendingPathComponent("contact-center.yaml")
        try Self.reordered(try String(contentsOfFile: Self.example, encoding: .utf8))
            .write(to: rewritten, atomically: true, encoding: .utf8)
        let plan = try await Self.plan(account, rewritten.path)
        #expect(plan.changes == [], "\(TextPlanView().rendered(plan))")
        #expect(TextPlanView().rendered(plan) == "No changes. The live resources match \(rewritten.path).\n")
    }

    @Test func driftReportsChangesMadeBehindWardensBack() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        try await Self.apply(account)
        #expect(try await Self.plan(account, mode: .drift).changes == [])

        try await Self.changeDescriptionOfProdAgent(account, to: "Changed by hand")
        let staging = try account.access().clients(fileRegion: "eu-central-1").connect("eu-central-1")
        _ = try await staging.call(
            "CreateSecurityProfile",
            input: ["InstanceId": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "SecurityProfileName": "Made In Console"])

        let drift = try await Self.plan(account, mode: .drift)
        #expect(drift.changes.map(\.address) == ["connect.prod.securityProfiles.agent"])
        #expect(
            drift.changes.first?.attributes == [
                AttributeChange(
                    path: "description",
                    change: .value(before: .known("Changed by hand"), after: .known("Front-line agents")))
            ])
        #expect(drift.unmanaged.map(\.name).contains("Made In Console"))
        // A plan leaves undeclared resources out; only drift reports list them.
        #expect(try await Self.plan(account).unmanaged == [])
    }

    static func apply(_ account: EmulatedAccount) async throws {
        let plan = try await PlanWorkflow.plan(path: example, access: account.access()).get().plan
        let report = await Applier(clients: try account.access().clients(fileRegion: "eu-west-2")).apply(plan)
        #expect(report.succeeded, "\(report.entries)")
    }

    static func changeDescriptionOfProdAgent(_ account: EmulatedAccount, to description: String) async throws {
        _ = try await account.access().clients(fileRegion: "eu-west-2").connect("eu-west-2").call(
            "UpdateSecurityProfile",
            input: [
                "InstanceId": "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
                "SecurityProfileId": "f6fb3f15-c62a-5628-b938-9834b5746e7d", "Description": .string(description),
            ])
    }

    /// The example with its permission lists in another order and its session policy written as a string of
    /// JSON with other key order and spacing: the same desired state.
    static func reordered(_ text: String) throws -> String {
        var text = text
        func replace(_ old: String, _ new: String) throws {
            guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
            text = text.replacingOccurrences(of: old, with: new)
        }
        try replace(
            "          - BasicAgentAccess\n          - OutboundCallAccess\n          - AccessMetrics\n",
            "          - AccessMetrics\n          - BasicAgentAccess\n          - OutboundCallAccess\n")
        try replace(
            "permissions: [BasicAgentAccess, OutboundCallAccess]", "permissions: [OutboundCallAccess, BasicAgentAccess]"
        )
        try replace("tagRestrictedResources: [User, Queue]", "tagRestrictedResources: [Queue, User]")
        try replace("x509Subject: [CN, OU]", "x509Subject: [OU, CN]")
        let start = try #require(text.range(of: "      sessionPolicy:\n"))
        let end = try #require(text.range(of: "      attributeMappings:\n"))
        let policy = #"""
                  sessionPolicy: >-
                    { "Statement": [
                        { "Resource": ["${connect.prod.arn}", "${connect.prod.arn}/*"],
                          "Effect": "Allow", "Sid": "ManageProductionContactCenter",
                          "Action": ["connect:Describe*", "connect:List*", "connect:UpdateSecurityProfile"] },
                        { "Sid": "ReadStaging", "Action": ["connect:Describe*", "connect:List*"],
                          "Resource": "${connect.staging.arn}/*", "Effect": "Allow" },
                        { "Sid": "OnlyTheirOwnUser", "Effect": "Allow", "Action": "connect:DescribeUser",
                          "Resource": "${connect.prod.arn}/agent/${aws:userid}" } ],
                      "Version": "2012-10-17" }

            """#
        text.replaceSubrange(start.lowerBound..<end.lowerBound, with: policy)
        return text
    }
}
