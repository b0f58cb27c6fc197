import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing

@Suite struct RolesAnywherePlanTests {
    typealias F = PlannerFixtures

    static let yaml = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              ops: { name: Ops }
        rolesAnywhere:
          profiles:
            connect-ops:
              name: connect-ops
              enabled: false
              roleArns: [arn:aws:iam::111122223333:role/ConnectOps]
              sessionPolicy:
                Statement: [{ Effect: Allow, Action: "connect:*", Resource: "${connect.prod.arn}/*" }]
              attributeMappings: { x509Subject: [OU, CN] }
              tags: { profile: "${connect.prod.securityProfiles.ops.arn}" }

        """

    static let profileAddress = Address(["rolesAnywhere", "profiles", "connect-ops"])

    static func observedProfile(_ values: [String: JSONValue]) -> (Address, ObservedResource) {
        let live = LiveResource(
            kind: .rolesAnywhereProfile,
            name: "connect-ops",
            identity: .init(
                region: "eu-west-2", id: "p-1", arn: "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/p-1")
        )
        return (profileAddress, ObservedResource(address: profileAddress, live: live, values: values))
    }

    @Test func aCreateWaitsForWhatItReferencesAndMapsAttributesAfterwards() throws {
        let desired = try F.desired(Self.yaml)
        let plan = try F.plan(desired, F.observed([])).get()
        #expect(
            plan.changes.map(\.address) == ["connect.prod.securityProfiles.ops", "rolesAnywhere.profiles.connect-ops"])
        let profile = plan.changes[1]
        #expect(profile.dependsOn == ["connect.prod.securityProfiles.ops"])
        #expect(
            profile.calls.map(\.operation) == [
                "CreateProfile", "PutAttributeMapping", "DeleteAttributeMapping", "DeleteAttributeMapping",
            ])
        let create = profile.calls[0]
        #expect(
            create.input
                == [
                    "name": "connect-ops", "enabled": false, "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps"],
                    "sessionPolicy": .string(
                        #"{"Statement":[{"Action":"connect:*","Effect":"Allow","Resource":"\#(F.instanceArn)/*"}]}"#),
                    "tags": [["key": "profile", "value": "${connect.prod.securityProfiles.ops.arn}"]],
                ]
        )
        #expect(create.knownAfterApply == ["tags": "${connect.prod.securityProfiles.ops.arn}"])
        #expect(
            profile.calls[1]
                == PlannedCall(
                    service: "rolesanywhere",
                    operation: "PutAttributeMapping",
                    input: [
                        "profileId": "${rolesAnywhere.profiles.connect-ops.id}", "certificateField": "x509Subject",
                        "mappingRules": [["specifier": "CN"], ["specifier": "OU"]],
                    ],
                    knownAfterApply: ["profileId": "${rolesAnywhere.profiles.connect-ops.id}"]
                )
        )
        #expect(
            profile.attributes.first { $0.path == "tags" }?.change
                == .value(before: nil, after: .unknown(reference: "${connect.prod.securityProfiles.ops.arn}")))
    }

    @Test func disablingComesFirstAndOnlyChangedMappingsAreWritten() throws {
        let desired = try F.desired(Self.yaml)
        let spArn = "\(F.instanceArn)/security-profile/sp-1"
        let observed = F.observed([
            F.securityProfile("ops", name: "Ops", id: "sp-1", values: ["name": "Ops"]),
            Self.observedProfile([
                "name": "connect-ops", "enabled": true, "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps"],
                "sessionPolicy": [
                    "Statement": [
                        ["Effect": "Allow", "Action": "connect:*", "Resource": .string("\(F.instanceArn)/*")]
                    ]
                ],
                "attributeMappings": ["x509Subject": ["CN", "OU"], "x509SAN": ["DNS"]],
                "tags": ["profile": .string(spArn)],
            ]),
        ])
        let plan = try F.plan(desired, observed).get()
        let change = try #require(plan.changes.first)
        #expect(plan.changes.count == 1)
        #expect(change.attributes.map(\.path) == ["enabled", "attributeMappings"])
        #expect(
            change.calls == [
                PlannedCall(service: "rolesanywhere", operation: "DisableProfile", input: ["profileId": "p-1"]),
                PlannedCall(
                    service: "rolesanywhere",
                    operation: "DeleteAttributeMapping",
                    input: ["profileId": "p-1", "certificateField": "x509SAN"]
                ),
            ]
        )
    }

    @Test func enablingComesLast() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                connect-ops: { name: connect-ops, enabled: true, durationSeconds: 900 }

            """
        )
        let observed = F.observed([
            Self.observedProfile(["name": "connect-ops", "enabled": false, "durationSeconds": 3600])
        ])
        let change = try #require(F.plan(desired, observed).get().changes.first)
        #expect(change.calls.map(\.operation) == ["UpdateProfile", "EnableProfile"])
        #expect(change.calls[0].input == ["profileId": "p-1", "durationSeconds": 900])
    }

    @Test func requireInstancePropertiesCannotChangeOnALiveProfile() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                connect-ops: { name: connect-ops, requireInstanceProperties: true }

            """
        )
        let observed = F.observed([Self.observedProfile(["name": "connect-ops", "requireInstanceProperties": false])])
        let failure = try #require(F.plan(desired, observed).failure)
        #expect(failure.count == 1)
        #expect(
            failure.first?.description
                == "warden.yaml:6:39: error: rolesAnywhere.profiles.connect-ops: requireInstanceProperties can only be "
                + "set when a profile is created (UpdateProfile has no such member); the live profile has false"
        )
    }

    @Test func sessionPoliciesCompareAsJSONValues() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                connect-ops:
                  name: connect-ops
                  sessionPolicy: '{ "b": [1, 2], "a": "x" }'

            """
        )
        let observed = F.observed([
            Self.observedProfile(["name": "connect-ops", "sessionPolicy": ["a": "x", "b": [1, 2]]])
        ])
        #expect(try F.plan(desired, observed).get().changes == [])
    }

    @Test func everyKindHasABehavior() {
        for kind in ResourceKind.all {
            #expect(KindBehaviors.behavior(for: kind).kind == kind)
        }
    }
}
