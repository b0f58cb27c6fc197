import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

@Suite struct PlannerTests {
    typealias F = PlannerFixtures

    static let agentYAML = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              agent:
                name: Agent
                description: Front-line agents
                permissions: [BasicAgentAccess, OutboundCallAccess]
                tags: { team: contact-center, env: prod }

        """

    @Test func aResourceAsDeclaredIsNoChangeWhateverTheOrder() throws {
        let desired = try F.desired(Self.agentYAML)
        let observed = F.observed([
            F.securityProfile(
                "agent",
                name: "Agent",
                id: "sp-1",
                values: [
                    "name": "Agent", "description": "Front-line agents",
                    "permissions": ["OutboundCallAccess", "BasicAgentAccess"],
                    "tags": ["env": "prod", "team": "contact-center"],
                ]
            )
        ])
        let plan = try F.plan(desired, observed).get()
        #expect(plan.changes == [])
        #expect(plan.summary.unchanged == 1)
    }

    @Test func anUpdateCarriesOnlyTheChangedMembersAndTagsGoThroughTagCalls() throws {
        let desired = try F.desired(Self.agentYAML)
        let observed = F.observed([
            F.securityProfile(
                "agent",
                name: "Agent",
                id: "sp-1",
                values: [
                    "name": "Agent", "description": "Agents", "permissions": ["BasicAgentAccess", "TransferAccess"],
                    "tags": ["env": "dev", "owner": "alice", "team": "contact-center"],
                ]
            )
        ])
        let plan = try F.plan(desired, observed).get()
        let change = try #require(plan.changes.first)
        #expect(plan.changes.count == 1)
        #expect(change.action == .update)
        #expect(change.attributes.map(\.path) == ["description", "permissions", "tags"])
        #expect(
            change.attributes[1].change
                == .set(added: [.known("OutboundCallAccess")], removed: [.known("TransferAccess")], unchanged: 1)
        )
        let arn = "\(F.instanceArn)/security-profile/sp-1"
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect",
                    operation: "UpdateSecurityProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1",
                        "Description": "Front-line agents",
                        "Permissions": ["BasicAgentAccess", "OutboundCallAccess"],
                    ]
                ),
                PlannedCall(
                    service: "connect", operation: "TagResource",
                    input: ["resourceArn": .string(arn), "tags": ["env": "prod"]]),
                PlannedCall(
                    service: "connect", operation: "UntagResource",
                    input: ["resourceArn": .string(arn), "tagKeys": ["owner"]]),
            ]
        )
        #expect(change.fingerprint != nil)
    }

    @Test func aMissingSecurityProfileIsCreatedWithEveryDeclaredField() throws {
        let desired = try F.desired(Self.agentYAML)
        let plan = try F.plan(desired, F.observed([])).get()
        let change = try #require(plan.changes.first)
        #expect(change.action == .create)
        #expect(change.fingerprint == nil)
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect",
                    operation: "CreateSecurityProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "SecurityProfileName": "Agent",
                        "Description": "Front-line agents", "Permissions": ["BasicAgentAccess", "OutboundCallAccess"],
                        "Tags": ["env": "prod", "team": "contact-center"],
                    ]
                )
            ]
        )
        #expect(plan.summary.sentence == "Plan: 1 to create, 0 to update, 0 to delete.")
    }

    @Test func anEmptyTagMapIsLeftOutOfTheCreateAndRemovesEveryTagOnUpdate() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, tags: {} }

            """
        )
        let create = try F.plan(desired, F.observed([])).get()
        #expect(create.changes.first?.calls.first?.input["Tags"] == nil)
        let observed = F.observed([
            F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent", "tags": ["a": "1"]])
        ])
        let update = try F.plan(desired, observed).get()
        #expect(update.changes.first?.calls.map(\.operation) == ["UntagResource"])
        let untagged = F.observed([F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"])])
        #expect(try F.plan(desired, untagged).get().changes == [])
    }

    @Test func aRenameOfASecurityProfileIsRefusedAtTheName() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    id: sp-1
                    name: Agents

            """
        )
        let observed = F.observed([F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"])])
        let failure = try #require(F.plan(desired, observed).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:10:9: error: connect.prod.securityProfiles.agent: AWS cannot rename a security profile "
                    + "(UpdateSecurityProfile has no name); this profile is named \"Agent\" in AWS. Keep that name, or "
                    + "remove the id to create a new profile with the new name"
            ]
        )
    }

    @Test func aMissingAuthenticationProfileCannotBeCreated() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                authenticationProfiles:
                  default: { name: Default, allowedIps: [203.0.113.0/24] }

            """
        )
        let failure = try #require(F.plan(desired, F.observed([])).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:8:7: error: connect.prod.authenticationProfiles.default: authentication profile \"Default\" "
                    + "does not exist in this instance, and AWS has no call to create one (each instance comes with its "
                    + "own); match an existing profile by name or id"
            ]
        )
    }

    @Test func authenticationProfileSessionInactivityMapsToItsTwoMembers() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                authenticationProfiles:
                  default:
                    name: Default
                    blockedIps: []
                    sessionInactivity: { enabled: true, duration: 45 }

            """
        )
        let address = Address(["connect", "prod", "authenticationProfiles", "default"])
        let live = LiveResource(
            kind: .authenticationProfile,
            name: "Default",
            identity: .init(region: "eu-west-2", instanceId: F.instanceId, id: "ap-1", arn: "arn:ap-1")
        )
        let observed = F.observed([
            (
                address,
                ObservedResource(
                    address: address, live: live,
                    values: ["name": "Default", "sessionInactivity": ["enabled": false, "duration": 45]])
            )
        ])
        let change = try #require(F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes == [
                AttributeChange(
                    path: "sessionInactivity.enabled", change: .value(before: .known(false), after: .known(true)))
            ])
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect",
                    operation: "UpdateAuthenticationProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "AuthenticationProfileId": "ap-1",
                        "SessionInactivityDuration": 45, "SessionInactivityHandlingEnabled": true,
                    ]
                )
            ]
        )
    }

    @Test func pruningDeletesUndeclaredProfilesButNeverAWSDefaults() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                prune: [securityProfiles]
                securityProfiles:
                  agent: { name: Agent }

            """
        )
        let scope = Address(["connect", "prod", "securityProfiles"])
        func live(_ name: String, _ id: String) -> LiveResource {
            LiveResource(
                kind: .securityProfile, name: name,
                identity: .init(region: "eu-west-2", instanceId: F.instanceId, id: id))
        }
        let observed = F.observed(
            [F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"])],
            undeclared: [scope: [live("Admin", "sp-0"), live("Legacy", "sp-9")]]
        )
        let plan = try F.plan(desired, observed).get()
        #expect(plan.changes.map(\.address) == ["connect.prod.securityProfiles.Legacy"])
        #expect(plan.changes.first?.action == .delete)
        #expect(
            plan.changes.first?.calls == [
                PlannedCall(
                    service: "connect", operation: "DeleteSecurityProfile",
                    input: ["InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-9"])
            ]
        )
        var drift = Planner(
            desired: desired, observed: observed, desiredFile: F.file, mode: .drift, wardenVersion: "test")
        #expect(try drift.plan().get().unmanaged.map(\.name) == ["Admin"])
        drift.mode = .plan
        #expect(try drift.plan().get().unmanaged == [])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
