import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// Every authentication profile field, each written by UpdateAuthenticationProfile with only what changes.
@Suite struct AuthenticationProfilePlanTests {
    typealias F = PlannerFixtures

    static let address = Address(["connect", "prod", "authenticationProfiles", "default"])

    static func observed(_ values: [String: JSONValue], name: String = "Default") -> ObservedState {
        let live = LiveResource(
            kind: .authenticationProfile, name: name,
            identity: .init(region: "eu-west-2", instanceId: F.instanceId, id: "ap-1", arn: "arn:ap-1"))
        return F.observed([(address, ObservedResource(address: address, live: live, values: values))])
    }

    static func desired(_ fields: String) throws -> DesiredState {
        try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                authenticationProfiles:
                  default: { \(fields) }

            """
        )
    }

    static func update(_ members: [String: JSONValue]) -> [PlannedCall] {
        [
            PlannedCall(
                service: "connect", operation: "UpdateAuthenticationProfile",
                input: .object(
                    members.merging(["InstanceId": .string(F.instanceId), "AuthenticationProfileId": "ap-1"]) { a, _ in
                        a
                    })
            )
        ]
    }

    static let live: [String: JSONValue] = [
        "name": "Default", "description": "Default authentication profile", "allowedIps": ["203.0.113.0/24"],
        "blockedIps": [], "periodicSessionDuration": 60,
        "sessionInactivity": ["enabled": false, "duration": 60],
    ]

    /// A field set in the file, and the members UpdateAuthenticationProfile then carries.
    static let singleFieldChanges: [(String, [String: JSONValue])] = [
        ("name: Default, description: Office only", ["Description": "Office only"]),
        (
            "name: Default, allowedIps: [203.0.113.0/24, \"2001:db8::/32\"]",
            ["AllowedIps": ["2001:db8::/32", "203.0.113.0/24"]]
        ),
        ("name: Default, allowedIps: []", ["AllowedIps": []]),
        ("name: Default, blockedIps: [198.51.100.7/32]", ["BlockedIps": ["198.51.100.7/32"]]),
        ("name: Default, periodicSessionDuration: 30", ["PeriodicSessionDuration": 30]),
        ("name: Default, sessionInactivity: { duration: 45 }", ["SessionInactivityDuration": 45]),
        ("name: Default, sessionInactivity: { enabled: true }", ["SessionInactivityHandlingEnabled": true]),
        ("id: ap-1, name: Office", ["Name": "Office"]),
    ]

    @Test(arguments: singleFieldChanges)
    func eachFieldIsWrittenAloneWhenItAloneChanges(fields: String, members: [String: JSONValue]) throws {
        let change = try #require(try F.plan(Self.desired(fields), Self.observed(Self.live)).get().changes.first)
        #expect(change.action == .update)
        #expect(change.calls == Self.update(members))
    }

    @Test func theLiveValuesAsDeclaredAreNoChange() throws {
        let desired = try Self.desired(
            "name: Default, description: Default authentication profile, allowedIps: [203.0.113.0/24], "
                + "blockedIps: [], periodicSessionDuration: 60, sessionInactivity: { enabled: false, duration: 60 }")
        #expect(try F.plan(desired, Self.observed(Self.live)).get().changes == [])
    }

    @Test func anIPListAWSLeavesOutIsEmpty() throws {
        var live = Self.live
        live["blockedIps"] = nil
        #expect(try F.plan(Self.desired("name: Default, blockedIps: []"), Self.observed(live)).get().changes == [])
    }

    @Test func aMissingProfileMatchedByIdCannotBeCreatedEither() throws {
        // The reader reports an unknown id; a profile it did not find at all is never planned as a create.
        let failure = try #require(F.plan(try Self.desired("id: ap-9, description: x"), F.observed([])).failure)
        #expect(failure.count == 1)
        #expect(failure.first?.message.contains("AWS has no call to create one") == true)
    }
}
