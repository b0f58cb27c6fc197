import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

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

    static let profileArn = "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/p-1"

    static func observedProfile(
        _ values: [String: JSONValue], name: String = "connect-ops", key: String = "connect-ops"
    ) -> (Address, ObservedResource) {
        let address = Address(["rolesAnywhere", "profiles", key])
        let live = LiveResource(
            kind: .rolesAnywhereProfile, name: name, identity: .init(region: "eu-west-2", id: "p-1", arn: profileArn))
        return (address, ObservedResource(address: address, live: live, values: values))
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
                == .entries(
                    added: [
                        .init(key: "profile", value: .unknown(reference: "${connect.prod.securityProfiles.ops.arn}"))
                    ],
                    removed: [], changed: [], unchanged: 0))
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

    @Test func everyUpdateProfileFieldGoesInOneCall() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops:
                  id: 0b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d
                  name: ops-renamed
                  roleArns: [arn:aws:iam::111122223333:role/B, arn:aws:iam::111122223333:role/A]
                  managedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
                  durationSeconds: 900
                  acceptRoleSessionName: true
                  sessionPolicy: { Version: "2012-10-17" }

            """
        )
        let observed = F.observed([
            Self.observedProfile(
                [
                    "name": "ops", "roleArns": ["arn:aws:iam::111122223333:role/A"], "managedPolicyArns": [],
                    "durationSeconds": 3600, "acceptRoleSessionName": false,
                ], name: "ops", key: "ops")
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes.map(\.path) == [
                "name", "roleArns", "managedPolicyArns", "sessionPolicy", "durationSeconds", "acceptRoleSessionName",
            ])
        #expect(
            change.calls == [
                PlannedCall(
                    service: "rolesanywhere", operation: "UpdateProfile",
                    input: [
                        "profileId": "p-1", "name": "ops-renamed",
                        "roleArns": ["arn:aws:iam::111122223333:role/A", "arn:aws:iam::111122223333:role/B"],
                        "managedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"], "durationSeconds": 900,
                        "acceptRoleSessionName": true, "sessionPolicy": #"{"Version":"2012-10-17"}"#,
                    ])
            ])
    }

    @Test func attributeMappingsArePutAndDeletedOneCertificateFieldAtATime() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops:
                  name: ops
                  attributeMappings: { x509Subject: [CN], x509Issuer: [O, CN] }

            """
        )
        let observed = F.observed([
            Self.observedProfile(
                [
                    "name": "ops",
                    "attributeMappings": ["x509Subject": ["*"], "x509Issuer": ["CN", "O"], "x509SAN": ["DNS"]],
                ],
                name: "ops", key: "ops")
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes == [
                AttributeChange(
                    path: "attributeMappings",
                    change: .entries(
                        added: [], removed: [.init(key: "x509SAN", value: .known(["DNS"]))],
                        changed: [.init(key: "x509Subject", before: .known(["*"]), after: .known(["CN"]))], unchanged: 1
                    ))
            ])
        #expect(
            change.calls == [
                PlannedCall(
                    service: "rolesanywhere", operation: "PutAttributeMapping",
                    input: [
                        "profileId": "p-1", "certificateField": "x509Subject", "mappingRules": [["specifier": "CN"]],
                    ]),
                PlannedCall(
                    service: "rolesanywhere", operation: "DeleteAttributeMapping",
                    input: ["profileId": "p-1", "certificateField": "x509SAN"]),
            ])
    }

    @Test func emptyAttributeMappingsDeleteEveryLiveField() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops: { name: ops, attributeMappings: {} }

            """
        )
        let observed = F.observed([
            Self.observedProfile(
                ["name": "ops", "attributeMappings": ["x509Subject": ["*"], "x509SAN": ["DNS"]]], name: "ops",
                key: "ops")
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.calls.map(\.input) == [
                ["profileId": "p-1", "certificateField": "x509Subject"],
                ["profileId": "p-1", "certificateField": "x509SAN"],
            ])
        let none = F.observed([
            Self.observedProfile(["name": "ops", "attributeMappings": [:]], name: "ops", key: "ops")
        ])
        #expect(try F.plan(desired, none).get().changes == [])
    }

    @Test func tagsAreWrittenByTagCallsAndAnEmptyMapRemovesEveryTag() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops: { name: ops, tags: {} }

            """
        )
        let observed = F.observed([
            Self.observedProfile(["name": "ops", "tags": ["b": "2", "a": "1"]], name: "ops", key: "ops")
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.calls == [
                PlannedCall(
                    service: "rolesanywhere", operation: "UntagResource",
                    input: ["resourceArn": .string(Self.profileArn), "tagKeys": ["a", "b"]])
            ])

        let retag = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops: { name: ops, tags: { a: "1", c: "3" } }

            """
        )
        #expect(
            try F.plan(retag, observed).get().changes.first?.calls == [
                PlannedCall(
                    service: "rolesanywhere", operation: "TagResource",
                    input: ["resourceArn": .string(Self.profileArn), "tags": [["key": "c", "value": "3"]]]),
                PlannedCall(
                    service: "rolesanywhere", operation: "UntagResource",
                    input: ["resourceArn": .string(Self.profileArn), "tagKeys": ["b"]]),
            ])
    }

    @Test func aCreateWithEmptyTagsSendsAnEmptyListAndEnabledIsACreateMember() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops: { name: ops, enabled: true, roleArns: [], tags: {}, requireInstanceProperties: true }

            """
        )
        let change = try #require(try F.plan(desired, F.observed([])).get().changes.first)
        #expect(
            change.calls == [
                PlannedCall(
                    service: "rolesanywhere", operation: "CreateProfile",
                    input: [
                        "name": "ops", "enabled": true, "roleArns": [], "tags": [], "requireInstanceProperties": true,
                    ])
            ])
    }

    @Test func aCreateNeedsRoleArns() throws {
        let desired = try F.desired(
            """
            rolesAnywhere:
              profiles:
                ops: { name: ops }

            """
        )
        let failure = try #require(F.plan(desired, F.observed([])).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:6:5: error: rolesAnywhere.profiles.ops: roleArns is required to create a Roles Anywhere "
                    + "profile (CreateProfile needs at least the list, which may be empty)"
            ])
    }
}
