import AWSCore
import AWSModel
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing

/// Apply writes exactly what the plan lists: the same calls with the same members, one to one, and the plan
/// lists only what changes.
@Suite(.serialized) struct ApplyMinimalWritesTests {
    static let example = EmulatedAccount.path("examples/contact-center.yaml")

    /// The planned calls with the members that waited for a create filled in from what apply reported.
    static func expectedCalls(_ plan: Plan, _ report: ApplyReport) throws -> [(operation: String, input: JSONValue)] {
        var known = KnownValues()
        for entry in report.entries where entry.action == .create {
            known.record(
                Address(entry.address.split(separator: ".").map(String.init)), id: entry.identity?.id,
                arn: entry.identity?.arn)
        }
        return try plan.changes.flatMap { change in
            try change.calls.map { call in (call.operation, try call.resolvedInput(known).get()) }
        }
    }

    static func canonical(_ calls: [(operation: String, input: JSONValue)]) -> [String] {
        calls.map { "\($0.operation) \($0.input.serialized(.canonical))" }.sorted()
    }

    @Test func everyWriteIsAPlannedCallWithExactlyItsMembersAndNothingElse() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let plan = try await ApplyHarness.plan(Self.example, account)
        await account.server.engine.clearCallLog()
        let transport = RecordingTransport()
        let report = await Applier(clients: try ApplyHarness.clients(account, transport: transport)).apply(plan)
        #expect(report.succeeded, "\(report.entries)")

        let sent = transport.decodedCalls.filter { !ApplyHarness.isRead($0.operation) }
        #expect(Self.canonical(sent) == Self.canonical(try Self.expectedCalls(plan, report)))
        // The emulator saw the same writes, each answered with success.
        let logged = await ApplyHarness.writes(account)
        #expect(logged.map { $0.operation ?? "" }.sorted() == sent.map(\.operation).sorted())
        #expect(logged.allSatisfy { (200..<300).contains($0.status) })
        // Each resource's calls in the order the plan lists them.
        for change in plan.changes {
            let operations = change.calls.map(\.operation)
            let positions = try change.calls.map { call in
                try #require(
                    sent.firstIndex { $0.operation == call.operation && Self.addresses(call, $0.input) },
                    "\(change.address) \(call.operation)")
            }
            #expect(positions == positions.sorted(), "\(change.address): \(operations)")
        }
        #expect(try await ApplyHarness.plan(Self.example, account).changes == [])
    }

    /// Whether a sent input is the one `call` plans: the same ids and names (members waiting for apply aside).
    static func addresses(_ call: PlannedCall, _ input: JSONValue) -> Bool {
        guard case .object(let planned) = call.input else { return false }
        return planned.allSatisfy { member, value in
            call.knownAfterApply[member] != nil || value.stringValue == nil || input[member] == value
        }
    }

    @Test func afterChangesByHandOnlyTheChangedMembersKeysAndFieldsAreWritten() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let first = await Applier(clients: try ApplyHarness.clients(account))
            .apply(try await ApplyHarness.plan(Self.example, account))
        #expect(first.succeeded)

        // Someone edits things in the console: one tag value, one certificate field's mapping, disables the
        // profile, drops one permission of a security profile.
        let clients = try ApplyHarness.clients(account)
        let profile = try #require(await ApplyHarness.rolesAnywhereProfiles(account).first { $0.name == "connect-ops" })
        let arn = "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/\(profile.id)"
        let rolesAnywhere = clients.rolesAnywhere("eu-west-2")
        _ = try await rolesAnywhere.call(
            "TagResource", input: ["resourceArn": .string(arn), "tags": [["key": "team", "value": "someone-else"]]])
        _ = try await rolesAnywhere.call(
            "PutAttributeMapping",
            input: [
                "profileId": .string(profile.id), "certificateField": "x509SAN",
                "mappingRules": [["specifier": "DNS"], ["specifier": "URI"]],
            ])
        _ = try await rolesAnywhere.call("DisableProfile", input: ["profileId": .string(profile.id)])
        let agent = try #require(await ApplyHarness.securityProfiles(account).first { $0.name == "Agent" })
        _ = try await clients.connect("eu-west-2").call(
            "UpdateSecurityProfile",
            input: [
                "InstanceId": .string(ApplyHarness.prodInstanceId), "SecurityProfileId": .string(agent.id),
                "Permissions": ["BasicAgentAccess", "OutboundCallAccess"],
            ])

        let plan = try await ApplyHarness.plan(Self.example, account)
        let calls = plan.changes.flatMap { change in
            change.calls.map { "\(change.address) \($0.operation) \($0.input.serialized(.canonical))" }
        }
        #expect(
            calls == [
                "connect.prod.securityProfiles.agent UpdateSecurityProfile "
                    + #"{"InstanceId":"\#(ApplyHarness.prodInstanceId)","Permissions":["AccessMetrics","BasicAgentAccess","OutboundCallAccess"],"SecurityProfileId":"\#(agent.id)"}"#,
                "rolesAnywhere.profiles.connect-ops PutAttributeMapping "
                    + #"{"certificateField":"x509SAN","mappingRules":[{"specifier":"DNS"}],"profileId":"\#(profile.id)"}"#,
                "rolesAnywhere.profiles.connect-ops TagResource "
                    + #"{"resourceArn":"\#(arn)","tags":[{"key":"team","value":"contact-center"}]}"#,
                "rolesAnywhere.profiles.connect-ops EnableProfile " + #"{"profileId":"\#(profile.id)"}"#,
            ])
        await account.server.engine.clearCallLog()
        let transport = RecordingTransport()
        let report = await Applier(clients: try ApplyHarness.clients(account, transport: transport)).apply(plan)
        #expect(report.summary == "Apply complete: 0 created, 2 updated, 0 deleted.")
        let sent = transport.decodedCalls.filter { !ApplyHarness.isRead($0.operation) }
        #expect(Self.canonical(sent) == Self.canonical(try Self.expectedCalls(plan, report)))
        #expect(try await ApplyHarness.plan(Self.example, account).changes == [])
    }
}
