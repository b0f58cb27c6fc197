import AWSModel
import Emulator
import Foundation
import Plan
import Reconcile
import Testing

/// The order apply makes its calls in, seen in the emulator's call log: dependencies first, a Roles Anywhere
/// profile disabled before and enabled after its other changes, references to a new resource filled in from
/// the create's answer, and never more resources in progress than `parallelism`.
@Suite(.serialized) struct ApplyOrderTests {
    static let instanceArn = ApplyHarness.prodInstanceArn

    static let references = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              ops:
                name: Ops
                description: Operators
                permissions: [BasicAgentAccess]
        rolesAnywhere:
          profiles:
            ops-access:
              name: ops-access
              enabled: true
              roleArns: [arn:aws:iam::111122223333:role/ConnectOps]
              sessionPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: connect:DescribeSecurityProfile
                    Resource: ["${connect.prod.securityProfiles.ops.arn}", "${connect.prod.arn}/*"]
                  - Effect: Allow
                    Action: connect:DescribeUser
                    Resource: "${connect.prod.arn}/agent/${aws:userid}"
              attributeMappings: { x509Subject: [CN] }
              tags: { team: ops, ops-profile: "${connect.prod.securityProfiles.ops.id}" }
            connect-ops:
              name: connect-ops
              sessionPolicy:
                Version: "2012-10-17"
                Statement: [{ Effect: Allow, Action: "connect:*", Resource: "${connect.prod.securityProfiles.ops.arn}" }]
              tags: { team: contact-center, ops-profile: "${connect.prod.securityProfiles.ops.id}" }

        """

    @Test func referencesToAProfileCreatedInTheSameApplyAreFilledInFromItsAnswer() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let file = try ApplyHarness.desiredFile(Self.references, in: ApplyHarness.temporaryFolder())
        let plan = try await ApplyHarness.plan(file, account)
        #expect(
            plan.changes.map(\.address) == [
                "connect.prod.securityProfiles.ops", "rolesAnywhere.profiles.ops-access",
                "rolesAnywhere.profiles.connect-ops",
            ])
        // Only the tag that changes is written, and it waits for the security profile's id.
        let connectOps = plan.changes[2]
        #expect(connectOps.calls.map(\.operation) == ["UpdateProfile", "TagResource"])
        #expect(
            connectOps.calls[1].input["tags"] == [
                ["key": "ops-profile", "value": "${connect.prod.securityProfiles.ops.id}"]
            ])
        // A new profile to be enabled is created disabled and enabled once its mappings are as declared.
        #expect(
            plan.changes[1].calls.map(\.operation) == [
                "CreateProfile", "PutAttributeMapping", "DeleteAttributeMapping", "DeleteAttributeMapping",
                "EnableProfile",
            ])
        #expect(plan.changes[1].calls[0].input["enabled"] == false)
        await account.server.engine.clearCallLog()

        let report = await Applier(clients: try ApplyHarness.clients(account)).apply(plan)
        #expect(report.summary == "Apply complete: 2 created, 1 updated, 0 deleted.", "\(report.entries)")

        let ops = try #require(await ApplyHarness.securityProfiles(account).first { $0.name == "Ops" })
        let opsArn = "\(Self.instanceArn)/security-profile/\(ops.id)"
        #expect(report.entries[0].identity?.id == ops.id)
        let profiles = await ApplyHarness.rolesAnywhereProfiles(account)
        let access = try #require(profiles.first { $0.name == "ops-access" })
        #expect(access.enabled)
        #expect(
            access.tags.sorted { $0.key < $1.key } == [
                .init(key: "ops-profile", value: ops.id), .init(key: "team", value: "ops"),
            ])
        #expect(access.attributeMappings == [AttributeMapping(certificateField: "x509Subject", specifiers: ["CN"])])
        #expect(
            try JSONValue(parsing: Array((access.sessionPolicy ?? "").utf8))
                == [
                    "Version": "2012-10-17",
                    "Statement": [
                        [
                            "Effect": "Allow", "Action": "connect:DescribeSecurityProfile",
                            "Resource": [.string(opsArn), .string("\(Self.instanceArn)/*")],
                        ],
                        [
                            "Effect": "Allow", "Action": "connect:DescribeUser",
                            "Resource": .string("\(Self.instanceArn)/agent/${aws:userid}"),
                        ],
                    ],
                ])
        let connectOpsLive = try #require(profiles.first { $0.name == "connect-ops" })
        #expect(
            connectOpsLive.tags.sorted { $0.key < $1.key } == [
                .init(key: "ops-profile", value: ops.id), .init(key: "team", value: "contact-center"),
            ])
        #expect(connectOpsLive.sessionPolicy?.contains(opsArn) == true)

        // The security profile is created before anything that refers to it is written.
        let writes = await ApplyHarness.writes(account).map { $0.operation ?? "" }
        let created = try #require(writes.firstIndex(of: "CreateSecurityProfile"))
        #expect(writes.firstIndex(of: "CreateProfile")! > created)
        #expect(writes.firstIndex(of: "UpdateProfile")! > created)
        #expect(writes.filter { $0 != "CreateSecurityProfile" }.count == writes.count - 1)
        #expect(try await ApplyHarness.plan(file, account).changes == [])
    }

    @Test func aProfileBeingDisabledIsDisabledFirstAndOneBeingEnabledIsEnabledLast() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let file = try ApplyHarness.desiredFile(
            """
            rolesAnywhere:
              profiles:
                connect-ops:
                  name: connect-ops
                  enabled: false
                  durationSeconds: 1800
                  attributeMappings: { x509Subject: [CN] }
                  tags: { team: ops }
                ci-readonly:
                  name: ci-readonly
                  enabled: true
                  durationSeconds: 1200
                  tags: { owner: ci }

            """,
            in: ApplyHarness.temporaryFolder()
        )
        let plan = try await ApplyHarness.plan(file, account)
        await account.server.engine.clearCallLog()
        let report = await Applier(clients: try ApplyHarness.clients(account)).apply(plan)
        #expect(report.succeeded, "\(report.entries)")

        let profiles = await ApplyHarness.rolesAnywhereProfiles(account)
        func writes(to name: String) async throws -> [String] {
            let profile = try #require(profiles.first { $0.name == name })
            return await ApplyHarness.writes(account).filter { record in
                record.parameters.values.contains { $0 == profile.id || $0.hasSuffix("profile/\(profile.id)") }
            }.map { record in
                [record.operation ?? "", record.parameters["certificateField"]].compactMap { $0 }.joined(separator: " ")
            }
        }
        #expect(
            try await writes(to: "connect-ops") == [
                "DisableProfile", "UpdateProfile", "PutAttributeMapping x509Subject",
                "DeleteAttributeMapping x509Issuer", "DeleteAttributeMapping x509SAN", "TagResource",
            ])
        #expect(try await writes(to: "ci-readonly") == ["UpdateProfile", "TagResource", "EnableProfile"])
        #expect(profiles.first { $0.name == "connect-ops" }?.enabled == false)
        #expect(profiles.first { $0.name == "ci-readonly" }?.enabled == true)
    }

    @Test(arguments: [1, 3])
    func neverMoreResourcesInProgressThanTheCap(parallelism: Int) async throws {
        // Latency keeps each call in flight long enough for concurrent ones to overlap.
        let account = try await ApplyHarness.start(faults: FaultConfiguration(latencyMilliseconds: 20))
        defer { Task { try? await account.stop() } }
        let plan = try await ApplyHarness.plan(EmulatedAccount.path("examples/contact-center.yaml"), account)
        let counter = InProgressCounter()
        let report = await Applier(clients: try ApplyHarness.clients(account), parallelism: parallelism) { event in
            counter.record(event)
        }
        .apply(plan)
        #expect(report.succeeded, "\(report.entries)")
        // A resource's re-read may send several requests at once, so count resources between their start and
        // end events rather than requests in flight.
        #expect(counter.most <= parallelism)
        if parallelism > 1 { #expect(counter.most > 1) }
    }
}

/// The most resources apply had started and not yet finished at any moment.
final class InProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    func record(_ event: ApplyEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .started: current += 1
        case .finished: current -= 1
        case .skipped, .note: break
        }
        highest = max(highest, current)
    }

    var most: Int {
        lock.lock()
        defer { lock.unlock() }
        return highest
    }
}
