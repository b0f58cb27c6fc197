import AWSCore
import AWSModel
import DesiredState
import Foundation
import Plan
import Reconcile
import Render
import Testing
import WardenCLI

@Suite(.serialized) struct ImportRoundTripTests {
    static let importedAt = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func importEverything(from account: EmulatedAccount, file: String) async throws -> ImportWorkflow.Result {
        try await ImportWorkflow.run(
            instances: ["rich-prod", RichAccount.stagingARN],
            rolesAnywhere: true,
            access: RichAccount.access(account),
            file: file,
            now: importedAt
        ).get()
    }

    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warden-import-\(UUID()).yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func importThenPlanOfTheResultShowsNoChanges() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warden-import-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let imported = try await Self.importEverything(from: account, file: path)
        try Data(imported.text.utf8).write(to: URL(fileURLWithPath: path))

        // It passes `warden validate` without even a warning (the deprecated field is only a comment).
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
        #expect(
            imported.summary
                == "2 Connect instances, 3 authentication profiles, 12 security profiles, 4 Roles Anywhere profiles")

        let planned = try await PlanWorkflow.plan(path: path, access: account.access()).get()
        #expect(planned.plan.changes == [], "\(TextPlanView().rendered(planned.plan))\n\(imported.text)")
        #expect(TextPlanView().rendered(planned.plan).hasPrefix("No changes."))

        // Drift agrees, and finds nothing the file does not manage.
        let drift = try await PlanWorkflow.plan(path: path, access: account.access(), mode: .drift).get()
        #expect(drift.plan.changes == [])
        #expect(drift.plan.unmanaged == [])
    }

    @Test func theSeedSetsEveryWritableFieldOfEveryKind() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let imported = try await Self.importEverything(from: account, file: "imported.yaml")
        let state = try #require(
            DesiredState.load(text: imported.text, file: "imported.yaml", layout: Kinds.layout).state)
        for kind in Kinds.layout.kinds {
            let resources = state.resources(of: kind)
            for field in kind.fields where !field.isIdentifier && field.deprecation == nil {
                #expect(
                    resources.contains { $0[field: field.key] != nil },
                    "no \(kind.singular) in the seed sets \(field.key)")
            }
        }
        // Identifiers are written only where a name cannot identify (two Roles Anywhere profiles share one).
        #expect(state.resources(of: .rolesAnywhereProfile).filter { $0.identifier != nil }.count == 2)
        #expect(state.resources.filter { $0.kind != .rolesAnywhereProfile }.allSatisfy { $0.identifier == nil })
    }

    @Test func importingTwiceWritesTheSameText() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let first = try await Self.importEverything(from: account, file: "imported.yaml")
        let second = try await Self.importEverything(from: account, file: "imported.yaml")
        #expect(first.text == second.text)
    }

    @Test func theImportedFileManagesWhatItHolds() async throws {
        let account = try await RichAccount.start()
        defer { Task { try? await account.stop() } }
        let imported = try await Self.importEverything(from: account, file: "imported.yaml")
        let path = try Self.temporaryFile(imported.text)
        defer { try? FileManager.default.removeItem(atPath: path) }

        // Someone edits the granular access control and a tag behind Warden's back.
        let clients = try account.access().clients(fileRegion: "eu-west-2")
        let connect = clients.connect("eu-west-2")
        let profiles = try await connect.listAll(
            "ListSecurityProfiles", input: ["InstanceId": .string(RichAccount.prodInstance)])
        let lead = try #require(profiles.first { $0["Name"]?.stringValue == "Team Lead @ EU" }?["Id"]?.stringValue)
        _ = try await connect.call(
            "UpdateSecurityProfile",
            input: [
                "InstanceId": .string(RichAccount.prodInstance), "SecurityProfileId": .string(lead),
                "GranularAccessControlConfiguration": [
                    "DataTableAccessControlConfiguration": [
                        "PrimaryAttributeAccessControlConfiguration": [
                            "PrimaryAttributeValues": [
                                ["AccessType": "ALLOW", "AttributeName": "Region", "Values": ["EMEA"]]
                            ]
                        ]
                    ]
                ],
            ])

        let planned = try await PlanWorkflow.plan(path: path, access: account.access()).get()
        #expect(planned.plan.changes.map(\.address) == ["connect.rich-prod.securityProfiles.team-lead-eu"])
        #expect(
            planned.plan.changes.first?.calls.map(\.operation) == ["UpdateSecurityProfile"],
            "\(TextPlanView().rendered(planned.plan))")
    }
}
