import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// The rules of DESIGN.md section 2, one test each, on the planner alone (no network).
@Suite struct PlannerSemanticsTests {
    typealias F = PlannerFixtures

    static let spArn = "\(F.instanceArn)/security-profile/sp-1"

    @Test func anOmittedFieldIsNeitherComparedNorWritten() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, permissions: [BasicAgentAccess] }

            """
        )
        // Live has a description, tags and restrictions the file says nothing about.
        let live: [String: JSONValue] = [
            "name": "Agent", "permissions": ["BasicAgentAccess"], "description": "set by hand",
            "tags": ["owner": "alice"], "tagRestrictedResources": ["User"],
        ]
        #expect(
            try F.plan(desired, F.observed([F.securityProfile("agent", name: "Agent", id: "sp-1", values: live)]))
                .get().changes == [])

        var changed = live
        changed["permissions"] = ["OutboundCallAccess"]
        let plan = try F.plan(
            desired, F.observed([F.securityProfile("agent", name: "Agent", id: "sp-1", values: changed)])
        ).get()
        let change = try #require(plan.changes.first)
        #expect(change.attributes.map(\.path) == ["permissions"])
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect", operation: "UpdateSecurityProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1",
                        "Permissions": ["BasicAgentAccess"],
                    ])
            ])
        #expect(change.managedFields == ["name", "permissions"])
    }

    @Test func anEmptyListInTheFileMeansMakeItEmpty() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, permissions: [] }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1", values: ["name": "Agent", "permissions": ["A", "B"]])
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes == [
                AttributeChange(
                    path: "permissions", change: .set(added: [], removed: [.known("A"), .known("B")], unchanged: 0))
            ])
        #expect(
            change.calls.map(\.input) == [
                ["InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1", "Permissions": []]
            ])
    }

    @Test func setsAndKeyedListsIgnoreOrder() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    permissions: [C, A, B]
                    tagRestrictedResources: [User, Queue]
                    applications:
                      - { namespace: ns-b, permissions: [T2, T1], type: MCP }
                      - { namespace: ns-a, permissions: [ACCESS], type: THIRD_PARTY_APPLICATION }
                    allowedFlowModules:
                      - { flowModuleId: fm-2, type: MCP }
                      - { flowModuleId: fm-1, type: MCP }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1",
                values: [
                    "name": "Agent", "permissions": ["A", "B", "C"], "tagRestrictedResources": ["Queue", "User"],
                    "applications": [
                        ["namespace": "ns-a", "permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"],
                        ["namespace": "ns-b", "permissions": ["T1", "T2"], "type": "MCP"],
                    ],
                    "allowedFlowModules": [
                        ["flowModuleId": "fm-1", "type": "MCP"], ["flowModuleId": "fm-2", "type": "MCP"],
                    ],
                ])
        ])
        let plan = try F.plan(desired, observed).get()
        #expect(plan.changes == [])
        #expect(plan.summary.unchanged == 1)
    }

    @Test func policiesCompareAsJSONValuesWhateverTheirText() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops:
                  name: ops
                  sessionPolicy:
                    Version: "2012-10-17"
                    Statement: [{ Effect: Allow, Action: ["connect:List*"], Resource: "*" }]

            """
        )
        // As AWS would return it: a string of JSON with other key order and whitespace, parsed by the reader.
        let text =
            #"{ "Statement" : [ { "Resource":"*", "Action":["connect:List*"], "Effect":"Allow" } ],"Version":"2012-10-17" }"#
        let observed = F.observed([
            RolesAnywherePlanTests.observedProfile(
                ["name": "ops", "sessionPolicy": try JSONValue(parsing: text)], name: "ops", key: "ops")
        ])
        #expect(try F.plan(desired, observed).get().changes == [])
    }

    @Test func referencesToLiveResourcesAreResolvedAndCreateNoDependency() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent }
                  lead:
                    name: Lead
                    description: "reports to ${connect.prod.securityProfiles.agent.id} in ${connect.prod.id}"

            """
        )
        let observed = F.observed([
            F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"]),
            F.securityProfile("lead", name: "Lead", id: "sp-2", values: ["name": "Lead", "description": "old"]),
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        let expected = "reports to sp-1 in \(F.instanceId)"
        #expect(change.dependsOn == [])
        #expect(
            change.attributes == [
                AttributeChange(
                    path: "description", change: .value(before: .known("old"), after: .known(.string(expected))))
            ])
        #expect(change.calls.first?.input["Description"] == .string(expected))
        #expect(change.calls.first?.knownAfterApply == [:])
    }

    @Test func referencesToResourcesNotYetCreatedAreKnownAfterApplyAndOrderTheChanges() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  lead:
                    name: Lead
                    description: "reports to ${connect.prod.securityProfiles.agent.id}"
                  agent: { name: Agent }

            """
        )
        let plan = try F.plan(desired, F.observed([])).get()
        #expect(
            plan.changes.map(\.address) == [
                "connect.prod.securityProfiles.agent", "connect.prod.securityProfiles.lead",
            ])
        let lead = plan.changes[1]
        #expect(lead.dependsOn == ["connect.prod.securityProfiles.agent"])
        #expect(
            lead.attributes.first { $0.path == "description" }?.change
                == .value(before: nil, after: .unknown(reference: "${connect.prod.securityProfiles.agent.id}")))
        #expect(lead.calls.first?.input["Description"] == "reports to ${connect.prod.securityProfiles.agent.id}")
        #expect(lead.calls.first?.knownAfterApply == ["Description": "${connect.prod.securityProfiles.agent.id}"])
    }

    @Test func aTagMapWithOneUnknownValueShowsTheOtherTagsAsKnown() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent }
                  lead:
                    name: Lead
                    tags: { team: cc, peer: "${connect.prod.securityProfiles.agent.arn}", env: prod }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "lead", name: "Lead", id: "sp-2",
                values: ["name": "Lead", "tags": ["team": "cc", "env": "dev", "old": "x"]])
        ])
        let plan = try F.plan(desired, observed).get()
        let lead = try #require(plan.changes.first { $0.address == "connect.prod.securityProfiles.lead" })
        #expect(
            lead.attributes == [
                AttributeChange(
                    path: "tags",
                    change: .entries(
                        added: [
                            .init(key: "peer", value: .unknown(reference: "${connect.prod.securityProfiles.agent.arn}"))
                        ],
                        removed: [.init(key: "old", value: .known("x"))],
                        changed: [.init(key: "env", before: .known("dev"), after: .known("prod"))],
                        unchanged: 1))
            ])
        let arn = "\(F.instanceArn)/security-profile/sp-2"
        #expect(
            lead.calls == [
                PlannedCall(
                    service: "connect", operation: "TagResource",
                    input: [
                        "resourceArn": .string(arn),
                        "tags": ["env": "prod", "peer": "${connect.prod.securityProfiles.agent.arn}"],
                    ],
                    knownAfterApply: ["tags": "${connect.prod.securityProfiles.agent.arn}"]),
                PlannedCall(
                    service: "connect", operation: "UntagResource",
                    input: ["resourceArn": .string(arn), "tagKeys": ["old"]]),
            ])
    }

    @Test func aReferenceCycleIsRefusedWhenTheFileIsLoadedNamingEveryAddress() {
        let text = """
            version: 1
            region: eu-west-2
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  a: { name: A, description: "${connect.prod.securityProfiles.b.id}" }
                  b: { name: B, description: "${connect.prod.securityProfiles.a.id}" }

            """
        let loaded = DesiredState.load(text: text, file: "warden.yaml", layout: Kinds.layout)
        #expect(
            loaded.diagnostics.all.map(\.description) == [
                "warden.yaml:8:34: error: connect.prod.securityProfiles.b: reference cycle: "
                    + "connect.prod.securityProfiles.a -> connect.prod.securityProfiles.b -> "
                    + "connect.prod.securityProfiles.a; a resource cannot depend on itself"
            ])
    }

    @Test func thePlannerAlsoRefusesACycleItIsGivenNamingTheCycle() throws {
        // A desired state built in code skips the loader's checks; the planner still refuses the cycle.
        var desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  a: { name: A, description: "${connect.prod.securityProfiles.b.id}" }
                  b: { name: B, description: "plain" }

            """
        )
        let reference = try Template.parse("${connect.prod.securityProfiles.a.id}").get()
        let index = try #require(desired.resources.firstIndex { $0.key == "b" })
        let fieldIndex = try #require(desired.resources[index].fields.firstIndex { $0.key.value == "description" })
        desired.resources[index].fields[fieldIndex].value.value = .string(reference)
        let failure = try #require(F.plan(desired, F.observed([])).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:8:7: error: references form a cycle: connect.prod.securityProfiles.a -> "
                    + "connect.prod.securityProfiles.b -> connect.prod.securityProfiles.a; nothing can be created first"
            ])
    }

    @Test func withoutPruneUndeclaredProfilesAreLeftAloneAndOnlyReportedByDrift() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent }

            """
        )
        let scope = Address(["connect", "prod", "securityProfiles"])
        let legacy = LiveResource(
            kind: .securityProfile, name: "Legacy",
            identity: .init(region: "eu-west-2", instanceId: F.instanceId, id: "sp-9"))
        let observed = F.observed(
            [F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"])],
            undeclared: [scope: [legacy]])
        let plan = try F.plan(desired, observed).get()
        #expect(plan.changes == [])
        #expect(plan.unmanaged == [])
        let drift = try Planner(
            desired: desired, observed: observed, desiredFile: F.file, mode: .drift, wardenVersion: "t"
        )
        .plan().get()
        #expect(drift.changes == [])
        #expect(
            drift.unmanaged == [
                UnmanagedResource(
                    scope: "connect.prod.securityProfiles", kind: "securityProfile", name: "Legacy",
                    identity: legacy.identity)
            ])
        #expect(drift.summary.unmanaged == 1)
    }

    @Test func everyAWSDefaultSecurityProfileIsSparedByPrune() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                prune: [securityProfiles]
                securityProfiles:
                  ops: { name: Ops }

            """
        )
        let scope = Address(["connect", "prod", "securityProfiles"])
        let defaults = ["Admin", "Agent", "CallCenterManager", "QualityAnalyst"].enumerated().map { index, name in
            LiveResource(
                kind: .securityProfile, name: name,
                identity: .init(region: "eu-west-2", instanceId: F.instanceId, id: "default-\(index)"))
        }
        let observed = F.observed(
            [F.securityProfile("ops", name: "Ops", id: "sp-1", values: ["name": "Ops"])], undeclared: [scope: defaults])
        #expect(try F.plan(desired, observed).get().changes == [])
    }

    @Test func prunedProfilesThatShareANameGetDistinctAddresses() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              prune: [profiles]
              profiles:
                ops: { name: ops }

            """
        )
        let scope = Address(["rolesAnywhere", "profiles"])
        let twins = ["p-8", "p-9"].map { id in
            LiveResource(kind: .rolesAnywhereProfile, name: "old ci", identity: .init(region: "eu-west-2", id: id))
        }
        let observed = F.observed(
            [RolesAnywherePlanTests.observedProfile(["name": "ops"], name: "ops", key: "ops")],
            undeclared: [scope: twins])
        let plan = try F.plan(desired, observed).get()
        #expect(
            plan.changes.map(\.address) == ["rolesAnywhere.profiles.old ci#p-8", "rolesAnywhere.profiles.old ci#p-9"])
        #expect(
            plan.changes.map(\.calls) == [
                [PlannedCall(service: "rolesanywhere", operation: "DeleteProfile", input: ["profileId": "p-8"])],
                [PlannedCall(service: "rolesanywhere", operation: "DeleteProfile", input: ["profileId": "p-9"])],
            ])
    }

    @Test func oneCallPerAPIAndNoneForAnUnchangedResource() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    description: Agents
                    permissions: [A]
                    allowedAccessControlTags: { Department: Sales }
                    tagRestrictedResources: [User]
                    hierarchyRestrictedResources: [User]
                    allowedAccessControlHierarchyGroupId: group-1
                    tags: { a: "1", b: "2" }
                  same: { name: Same, description: Same }

            """
        )
        let observed = F.observed([
            F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent", "tags": ["c": "3"]]),
            F.securityProfile("same", name: "Same", id: "sp-2", values: ["name": "Same", "description": "Same"]),
        ])
        let plan = try F.plan(desired, observed).get()
        #expect(plan.changes.map(\.address) == ["connect.prod.securityProfiles.agent"])
        #expect(plan.summary.unchanged == 1)
        let calls = try #require(plan.changes.first?.calls)
        #expect(calls.map(\.operation) == ["UpdateSecurityProfile", "TagResource", "UntagResource"])
        #expect(
            calls[0].input
                == [
                    "InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1", "Description": "Agents",
                    "Permissions": ["A"], "AllowedAccessControlTags": ["Department": "Sales"],
                    "TagRestrictedResources": ["User"], "HierarchyRestrictedResources": ["User"],
                    "AllowedAccessControlHierarchyGroupId": "group-1",
                ])
        #expect(calls[1].input == ["resourceArn": .string(Self.spArn), "tags": ["a": "1", "b": "2"]])
        #expect(calls[2].input == ["resourceArn": .string(Self.spArn), "tagKeys": ["c"]])
    }
}
