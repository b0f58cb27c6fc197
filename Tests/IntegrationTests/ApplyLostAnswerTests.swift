import Emulator
import Foundation
import Plan
import Reconcile
import Render
import Testing

/// Creates whose answer is lost (the emulator makes the change, then drops the connection) are found by name
/// before anything is sent again: never a duplicate, even for Roles Anywhere profiles, whose names AWS does
/// not keep unique.
@Suite(.serialized) struct ApplyLostAnswerTests {
    static let file = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              lost: { name: Lost, description: Created while answers get lost, permissions: [BasicAgentAccess] }
        rolesAnywhere:
          profiles:
            lost:
              name: lost
              enabled: true
              roleArns: [arn:aws:iam::111122223333:role/ConnectOps]
              attributeMappings: { x509Subject: [CN] }
              tags: { profile: "${connect.prod.securityProfiles.lost.id}" }

        """

    /// Notes apply made, in order.
    final class Notes: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func record(_ event: ApplyEvent) {
            if case .note = event { lock.withLock { lines.append(ApplyProgressView.line(event)) } }
        }
        var all: [String] { lock.withLock { lines } }
    }

    @Test func aLostCreateIsFoundByNameAndNeverDuplicated() async throws {
        // The plan, made once against a fault-free emulator: every emulator started from the seed looks the same.
        let clean = try await ApplyHarness.start()
        let path = try ApplyHarness.desiredFile(Self.file, in: ApplyHarness.temporaryFolder())
        let plan = try await ApplyHarness.plan(path, clean)
        try await clean.stop()
        #expect(plan.changes.map(\.action) == [.create, .create])

        // Each fault seed gives the same faults to the same calls (one resource at a time, so the calls come in
        // one order): seeds are tried in turn until both creates have had their answer lost.
        var lostCreates: Set<String> = []
        for seed in UInt64(1)...40 where lostCreates.count < 2 {
            let account = try await ApplyHarness.start(
                faults: FaultConfiguration(dropResponseRate: 0.3), randomSeed: seed)
            let notes = Notes()
            let report = await Applier(
                clients: try ApplyHarness.clients(account, retryJitter: 0), parallelism: 1, progress: notes.record
            )
            .apply(plan)
            let log = await account.server.engine.callLog()
            let dropped = Set(
                log.filter { $0.fault == "dropResponse" && ($0.operation ?? "").hasPrefix("Create") }.compactMap(
                    \.operation))

            // Whatever was lost, there is never more than one resource of each name, and apply says what it did.
            let securityProfiles = await ApplyHarness.securityProfiles(account).filter { $0.name == "Lost" }
            let profiles = await ApplyHarness.rolesAnywhereProfiles(account).filter { $0.name == "lost" }
            try await account.stop()
            #expect(securityProfiles.count <= 1 && profiles.count <= 1, "seed \(seed)")
            guard report.succeeded else {
                // Retries of something else ran out under this seed; a rerun would finish. Not what this test is about.
                continue
            }
            #expect(securityProfiles.count == 1 && profiles.count == 1, "seed \(seed)")
            #expect(
                log.filter { $0.operation == "CreateSecurityProfile" && $0.status == 200 }.count == 1, "seed \(seed)")
            #expect(log.filter { $0.operation == "CreateProfile" && $0.status == 201 }.count == 1, "seed \(seed)")
            let profile = try #require(profiles.first)
            #expect(profile.enabled)
            #expect(profile.tags == [.init(key: "profile", value: securityProfiles.first?.id ?? "")])
            #expect(
                profile.attributeMappings == [AttributeMapping(certificateField: "x509Subject", specifiers: ["CN"])])
            for operation in dropped {
                let address =
                    operation == "CreateProfile" ? "rolesAnywhere.profiles.lost" : "connect.prod.securityProfiles.lost"
                let kind = operation == "CreateProfile" ? "Roles Anywhere profile" : "security profile"
                let id = operation == "CreateProfile" ? profile.id : securityProfiles.first?.id ?? ""
                #expect(
                    notes.all.contains(
                        "\(address): the answer to \(operation) was lost (ConnectionError); found the \(kind) by name "
                            + "(id \(id)) and carried on"),
                    "seed \(seed): \(notes.all)")
            }
            lostCreates.formUnion(dropped)
        }
        #expect(lostCreates == ["CreateSecurityProfile", "CreateProfile"])
    }
}
