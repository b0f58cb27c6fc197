import AWSModel
import DesiredState
import Plan
import Testing

@testable import Reconcile

/// Members that wait for a create are filled in at apply from what the creates returned; everything else is
/// sent exactly as planned.
@Suite struct ApplyCallInputTests {
    typealias F = PlannerFixtures

    static let ops = Address(["connect", "prod", "securityProfiles", "ops"])

    static var created: KnownValues {
        var known = KnownValues()
        known.record(ops, id: "sp-9", arn: "\(F.instanceArn)/security-profile/sp-9")
        return known
    }

    @Test func waitingMembersAreFilledInWhereverTheirStringsAre() throws {
        let call = PlannedCall(
            service: "rolesanywhere",
            operation: "UpdateProfile",
            input: [
                "profileId": "p-1",
                "sessionPolicy":
                    #"{"Resource":["${connect.prod.securityProfiles.ops.arn}","arn:x/${aws:userid}"],"Sid":"$${x}"}"#,
                "tags": [
                    ["key": "ops", "value": "id ${connect.prod.securityProfiles.ops.id}"],
                    ["key": "a", "value": "$${b}"],
                ],
                // Not waiting: sent as planned, even if it looks like a reference.
                "name": "${connect.prod.securityProfiles.ops.id}",
            ],
            knownAfterApply: [
                "sessionPolicy": "${connect.prod.securityProfiles.ops.arn}",
                "tags": "${connect.prod.securityProfiles.ops.id}",
            ]
        )
        #expect(
            try call.resolvedInput(Self.created).get() == [
                "profileId": "p-1",
                "sessionPolicy": .string(
                    #"{"Resource":["\#(F.instanceArn)/security-profile/sp-9","arn:x/${aws:userid}"],"Sid":"${x}"}"#),
                "tags": [["key": "ops", "value": "id sp-9"], ["key": "a", "value": "${b}"]],
                "name": "${connect.prod.securityProfiles.ops.id}",
            ])
    }

    @Test func everyReferenceNothingCreatedIsReportedOnce() {
        let call = PlannedCall(
            service: "connect",
            operation: "CreateSecurityProfile",
            input: [
                "Description": "${connect.prod.securityProfiles.a.id} and ${connect.prod.securityProfiles.b.arn}",
                "Tags": ["x": "${connect.prod.securityProfiles.a.id}", "y": "${connect.prod.securityProfiles.ops.id}"],
            ],
            knownAfterApply: ["Description": "…", "Tags": "…"]
        )
        #expect(
            call.resolvedInput(Self.created)
                == .failure(
                    UnresolvedReferences(references: [
                        "${connect.prod.securityProfiles.a.id}", "${connect.prod.securityProfiles.b.arn}",
                    ])))
    }

    @Test func aPlannedValueMixingKnownAndCreatedReferencesWaitsOnlyForTheCreatedOne() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  ops: { name: Ops }
                  agent:
                    name: Agent
                    description: "In ${connect.prod.arn}, after ${connect.prod.securityProfiles.ops.id}"
                    tags: { team: contact-center, pair: "${connect.prod.id}/${connect.prod.securityProfiles.ops.id}" }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1",
                values: ["name": "Agent", "description": "old", "tags": ["team": "contact-center"]])
        ])
        let plan = try F.plan(desired, observed).get()
        let agent = try #require(plan.changes.first { $0.address == "connect.prod.securityProfiles.agent" })
        #expect(agent.dependsOn == ["connect.prod.securityProfiles.ops"])
        let update = try #require(agent.calls.first { $0.operation == "UpdateSecurityProfile" })
        #expect(
            update.input["Description"] == .string("In \(F.instanceArn), after ${connect.prod.securityProfiles.ops.id}")
        )
        // The unchanged tag is not written again; the one that waits is.
        let tag = try #require(agent.calls.first { $0.operation == "TagResource" })
        #expect(tag.input["tags"] == ["pair": .string("\(F.instanceId)/${connect.prod.securityProfiles.ops.id}")])
        #expect(
            try update.resolvedInput(Self.created).get()["Description"] == .string("In \(F.instanceArn), after sp-9"))
        #expect(try tag.resolvedInput(Self.created).get()["tags"] == ["pair": .string("\(F.instanceId)/sp-9")])
    }
}
