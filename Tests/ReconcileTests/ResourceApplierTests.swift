import AWSModel
import DesiredState
import Foundation
import Plan
import Testing

@testable import Reconcile

/// One resource's apply against a fake AWS: stale checks before writing, creates never sent twice blindly,
/// members that wait on a create filled in from its answer.
@Suite struct ResourceApplierTests {
    static let instanceId = "11111111-2222-4333-8444-555555555555"
    static let spAddress = "connect.prod.securityProfiles.agent"
    static let raAddress = "rolesAnywhere.profiles.ops"
    static let profileId = "${rolesAnywhere.profiles.ops.id}"

    static let createSecurityProfile = ResourceChange(
        address: spAddress, kind: "securityProfile", action: .create, name: "Agent",
        identity: .init(region: "eu-west-2", instanceId: instanceId), attributes: [],
        calls: [
            PlannedCall(
                service: "connect", operation: "CreateSecurityProfile",
                input: ["InstanceId": .string(instanceId), "SecurityProfileName": "Agent", "Description": "Agents"])
        ]
    )

    static let createRolesAnywhereProfile = ResourceChange(
        address: raAddress, kind: "rolesAnywhereProfile", action: .create, name: "ops",
        identity: .init(region: "eu-west-2"), attributes: [],
        calls: [
            PlannedCall(
                service: "rolesanywhere", operation: "CreateProfile",
                input: ["name": "ops", "roleArns": [], "enabled": false]),
            PlannedCall(
                service: "rolesanywhere", operation: "PutAttributeMapping",
                input: [
                    "profileId": .string(profileId), "certificateField": "x509Subject",
                    "mappingRules": [["specifier": "CN"]],
                ],
                knownAfterApply: ["profileId": profileId]),
            PlannedCall(
                service: "rolesanywhere", operation: "EnableProfile", input: ["profileId": .string(profileId)],
                knownAfterApply: ["profileId": profileId]),
        ]
    )

    static func profile(_ id: String, name: String = "ops") -> JSONValue {
        [
            "profileId": .string(id), "name": .string(name),
            "profileArn": .string("arn:aws:rolesanywhere:eu-west-2:111122223333:profile/\(id)"),
        ]
    }

    static func securityProfileSummary(_ id: String, name: String = "Agent") -> JSONValue {
        ["Id": .string(id), "Name": .string(name), "Arn": .string("arn:aws:connect:eu-west-2:111122223333:sp/\(id)")]
    }

    /// Notes the applier made, as `address: message`.
    final class Notes: @unchecked Sendable {
        private let lock = NSLock()
        private var notes: [String] = []
        func add(_ address: String, _ message: String) { lock.withLock { notes.append("\(address): \(message)") } }
        var all: [String] { lock.withLock { notes } }
    }

    static func apply(_ change: ResourceChange, _ aws: ApplyFakeAWS, notes: Notes = Notes()) async throws
        -> ApplyReport.Entry
    {
        try await ResourceApplier(clients: aws.clients(), values: AppliedValues(), note: notes.add).apply(change)
    }

    @Test func aCreateWhoseAnswerIsLostIsFoundByNameAndNeverSentAgain() async throws {
        let aws = ApplyFakeAWS([
            "ListProfiles": [.answer(["profiles": []]), .answer(["profiles": [Self.profile("p-new")]])],
            "CreateProfile": [.lost],
        ])
        let notes = Notes()
        let entry = try await Self.apply(Self.createRolesAnywhereProfile, aws, notes: notes)
        #expect(entry.outcome == .succeeded)
        #expect(
            aws.operations == ["ListProfiles", "CreateProfile", "ListProfiles", "PutAttributeMapping", "EnableProfile"])
        #expect(aws.calls[3].input["profileId"] == "p-new")
        #expect(aws.calls[4].input == ["profileId": "p-new"])
        #expect(entry.callsMade == ["CreateProfile", "PutAttributeMapping", "EnableProfile"])
        #expect(entry.identity?.id == "p-new")
        #expect(
            notes.all == [
                "rolesAnywhere.profiles.ops: the answer to CreateProfile was lost (ConnectionError); found the Roles "
                    + "Anywhere profile by name (id p-new) and carried on"
            ])
    }

    @Test func aLostCreateThatDidNotHappenIsSentAgainAfterLooking() async throws {
        let aws = ApplyFakeAWS([
            "ListSecurityProfiles": [.answer(["SecurityProfileSummaryList": []])],
            "CreateSecurityProfile": [
                .error(status: 500, code: "InternalServiceException", message: "oops"),
                .answer(["SecurityProfileId": "sp-9", "SecurityProfileArn": "arn:sp-9"]),
            ],
        ])
        let entry = try await Self.apply(Self.createSecurityProfile, aws)
        #expect(entry.outcome == .succeeded)
        #expect(
            aws.operations == [
                "ListSecurityProfiles", "CreateSecurityProfile", "ListSecurityProfiles", "CreateSecurityProfile",
            ])
        #expect(aws.calls[1] == aws.calls[3])
        #expect(entry.identity == .init(region: "eu-west-2", instanceId: Self.instanceId, id: "sp-9", arn: "arn:sp-9"))
    }

    @Test func aCreateIsNotRetriedForeverWhenItsAnswersKeepGettingLost() async throws {
        let aws = ApplyFakeAWS([
            "CreateSecurityProfile": Array(
                repeating: .error(status: 503, code: "ServiceUnavailableException", message: "busy"), count: 5)
        ])
        let entry = try await Self.apply(Self.createSecurityProfile, aws)
        // makeTestClient allows 3 attempts (the SDK default): three creates, each followed by a look.
        #expect(aws.operations.filter { $0 == "CreateSecurityProfile" }.count == 3)
        #expect(aws.operations.filter { $0 == "ListSecurityProfiles" }.count == 4)
        #expect(
            entry.outcome
                == .failed(
                    "Connect.CreateSecurityProfile: ServiceUnavailableException (HTTP 503): busy"))
        #expect(entry.identity == nil)
    }

    @Test func aNameTakenSinceThePlanIsStaleAndNothingIsCreated() async throws {
        let aws = ApplyFakeAWS([
            "ListSecurityProfiles": [.answer(["SecurityProfileSummaryList": [Self.securityProfileSummary("sp-other")]])]
        ])
        let entry = try await Self.apply(Self.createSecurityProfile, aws)
        #expect(aws.operations == ["ListSecurityProfiles"])
        #expect(
            entry.outcome
                == .stale(
                    "a security profile named \"Agent\" exists now (id sp-other); it was created since the plan was "
                        + "made; run plan again"))
    }

    @Test func aNameTakenBetweenTheCheckAndTheCreateIsStaleToo() async throws {
        let aws = ApplyFakeAWS([
            "CreateSecurityProfile": [
                .error(status: 409, code: "DuplicateResourceException", message: "Security profile name already exists")
            ]
        ])
        let entry = try await Self.apply(Self.createSecurityProfile, aws)
        #expect(aws.operations == ["ListSecurityProfiles", "CreateSecurityProfile"])
        #expect(
            entry.outcome
                == .stale(
                    "a security profile named \"Agent\" was created by someone else since the plan: "
                        + "Connect.CreateSecurityProfile: DuplicateResourceException (HTTP 409): Security profile name "
                        + "already exists"))
    }

    @Test func anAWSRefusalIsReportedWithOperationCodeAndMessageAndNotLookedFor() async throws {
        let aws = ApplyFakeAWS([
            "CreateSecurityProfile": [
                .error(status: 400, code: "InvalidParameterException", message: "Hierarchy group not found")
            ]
        ])
        let entry = try await Self.apply(Self.createSecurityProfile, aws)
        #expect(aws.operations == ["ListSecurityProfiles", "CreateSecurityProfile"])
        #expect(
            entry.outcome
                == .failed(
                    "Connect.CreateSecurityProfile: InvalidParameterException (HTTP 400): Hierarchy group not found"))
    }

    @Test func twoResourcesWithTheNameAfterALostAnswerAreAFailureNotAGuess() async throws {
        let aws = ApplyFakeAWS([
            "ListProfiles": [
                .answer(["profiles": []]), .answer(["profiles": [Self.profile("p-1"), Self.profile("p-2")]]),
            ],
            "CreateProfile": [.lost],
        ])
        let entry = try await Self.apply(Self.createRolesAnywhereProfile, aws)
        #expect(aws.operations == ["ListProfiles", "CreateProfile", "ListProfiles"])
        #expect(
            entry.outcome
                == .failed(
                    "RolesAnywhere.CreateProfile: ConnectionError: remote connection closed — 2 Roles Anywhere profiles are now named \"ops\" "
                        + "(ids p-1, p-2); another apply may be running; run plan again"))
    }

    static func updateSecurityProfile(fingerprintOf description: String) -> ResourceChange {
        let identity = ResourceChange.Identity(
            region: "eu-west-2", instanceId: instanceId, id: "sp-1", arn: "arn:aws:connect:eu-west-2:1:sp/sp-1")
        let observed = ObservedResource(
            address: Address(spAddress.split(separator: ".").map(String.init)),
            live: LiveResource(kind: .securityProfile, name: "Agent", identity: identity),
            values: ["description": .string(description)]
        )
        return ResourceChange(
            address: spAddress, kind: "securityProfile", action: .update, name: "Agent", identity: identity,
            attributes: [],
            calls: [
                PlannedCall(
                    service: "connect", operation: "UpdateSecurityProfile",
                    input: ["InstanceId": .string(instanceId), "SecurityProfileId": "sp-1", "Description": "New"])
            ],
            fingerprint: observed.fingerprint, managedFields: ["description"]
        )
    }

    @Test func anUpdateIsMadeWhenTheResourceIsAsThePlanSawIt() async throws {
        let aws = ApplyFakeAWS(["DescribeSecurityProfile": [.answer(["SecurityProfile": ["Description": "Old"]])]])
        let entry = try await Self.apply(Self.updateSecurityProfile(fingerprintOf: "Old"), aws)
        #expect(entry.outcome == .succeeded)
        #expect(aws.operations == ["DescribeSecurityProfile", "UpdateSecurityProfile"])
        #expect(aws.calls[1].input == Self.updateSecurityProfile(fingerprintOf: "Old").calls[0].input)
    }

    @Test func anUpdateToAResourceChangedSinceThePlanWritesNothing() async throws {
        let aws = ApplyFakeAWS([
            "DescribeSecurityProfile": [.answer(["SecurityProfile": ["Description": "Changed by hand"]])]
        ])
        let entry = try await Self.apply(Self.updateSecurityProfile(fingerprintOf: "Old"), aws)
        #expect(aws.operations == ["DescribeSecurityProfile"])
        #expect(entry.outcome == .stale("it changed since the plan was made; run plan again"))
    }

    @Test func anUpdateToAResourceDeletedSinceThePlanWritesNothing() async throws {
        let aws = ApplyFakeAWS([
            "DescribeSecurityProfile": [
                .error(status: 404, code: "ResourceNotFoundException", message: "Security profile ID not found")
            ]
        ])
        let entry = try await Self.apply(Self.updateSecurityProfile(fingerprintOf: "Old"), aws)
        #expect(aws.operations == ["DescribeSecurityProfile"])
        #expect(entry.outcome == .stale("it no longer exists; run plan again"))
    }

    @Test func aDeleteThatFindsTheResourceGoneHasDoneItsJob() async throws {
        let identity = ResourceChange.Identity(region: "eu-west-2", id: "p-1", arn: "arn:p-1")
        let change = ResourceChange(
            address: "rolesAnywhere.profiles.old", kind: "rolesAnywhereProfile", action: .delete, name: "old",
            identity: identity, attributes: [],
            calls: [PlannedCall(service: "rolesanywhere", operation: "DeleteProfile", input: ["profileId": "p-1"])],
            fingerprint: ObservedResource(
                address: Address(["rolesAnywhere", "profiles", "old"]),
                live: LiveResource(kind: .rolesAnywhereProfile, name: "old", identity: identity), values: [:]
            ).fingerprint
        )
        let aws = ApplyFakeAWS([
            "GetProfile": [.answer(["profile": Self.profile("p-1", name: "old")])],
            "DeleteProfile": [.error(status: 404, code: "ResourceNotFoundException", message: "Profile ID not found")],
        ])
        let notes = Notes()
        let entry = try await Self.apply(change, aws, notes: notes)
        #expect(entry.outcome == .succeeded)
        #expect(notes.all == ["rolesAnywhere.profiles.old: DeleteProfile: it is already gone"])
    }

    @Test func aPartlyMadeChangeSaysHowFarItGot() async throws {
        let aws = ApplyFakeAWS([
            "ListProfiles": [.answer(["profiles": []])],
            "CreateProfile": [.answer(["profile": Self.profile("p-7")])],
            "EnableProfile": [.error(status: 400, code: "ValidationException", message: "no")],
        ])
        let entry = try await Self.apply(Self.createRolesAnywhereProfile, aws)
        #expect(entry.callsMade == ["CreateProfile", "PutAttributeMapping"])
        #expect(entry.outcome == .failed("RolesAnywhere.EnableProfile: ValidationException (HTTP 400): no"))
        #expect(entry.identity?.id == "p-7")
    }

    @Test func aMemberWaitingOnSomethingNeverCreatedIsNotSent() async throws {
        var change = Self.createRolesAnywhereProfile
        change.calls[0].input = [
            "name": "ops", "roleArns": [],
            "tags": [["key": "sp", "value": "${connect.prod.securityProfiles.agent.arn}"]],
        ]
        change.calls[0].knownAfterApply = ["tags": "${connect.prod.securityProfiles.agent.arn}"]
        let aws = ApplyFakeAWS()
        let entry = try await Self.apply(change, aws)
        #expect(aws.operations == ["ListProfiles"])
        #expect(
            entry.outcome
                == .failed(
                    "CreateProfile: cannot fill in ${connect.prod.securityProfiles.agent.arn}: nothing in this apply "
                        + "created it"))
    }
}
