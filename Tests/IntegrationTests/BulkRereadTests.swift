import AWSCore
import AWSModel
import DesiredState
import Emulator
import Plan
import Reconcile
import Testing

/// Apply re-reads many Roles Anywhere profiles with ListProfiles pages instead of a GetProfile each, only when
/// that takes fewer calls, and reads the same values either way.
@Suite struct BulkRereadTests {
    /// Sixty profiles: the emulator, like AWS, lists them 50 to a page when the request names no page size
    /// (AWS documents none for ListProfiles, and Warden sends none).
    static let count = 60
    static let seed = """
        rolesAnywhere:
          profiles:
        \((1...count).map { "    - { name: p\($0), region: eu-west-2, roleArns: [], durationSeconds: 3600 }" }.joined(separator: "\n"))

        """

    /// A file that changes the duration of `changed` profiles and declares the others as they are.
    static func desired(changing changed: Set<Int>) -> String {
        """
        version: 1
        region: eu-west-2
        rolesAnywhere:
          profiles:
        \((1...count).map { "    p\($0): { name: p\($0), durationSeconds: \(changed.contains($0) ? 7200 : 3600) }" }.joined(separator: "\n"))

        """
    }

    /// Plans `changing`, lets `meanwhile` act, clears the call log, applies, and returns the apply's report
    /// and the operations it made.
    static func apply(
        changing changed: Set<Int>,
        meanwhile: (EmulatedAccount) async throws -> Void = { _ in }
    ) async throws -> (report: ApplyReport, calls: [String]) {
        let account = try await EmulatedAccount.start(seed: seed)
        defer { Task { try? await account.stop() } }
        let clients = try account.clients()
        let desired = try DesiredText.load(desired(changing: changed))
        let plan = try await Reconciler(clients: clients, wardenVersion: "test")
            .plan(desired, file: .init(path: "warden.yaml", sha256: "")).get()
        #expect(plan.changes.count == changed.count)
        try await meanwhile(account)
        await account.server.engine.clearCallLog()
        let report = await Applier(clients: clients).apply(plan)
        return (report, await account.calls().map { String($0.prefix { $0 != " " }) })
    }

    @Test func manyRereadsAreOneListing() async throws {
        let (report, calls) = try await Self.apply(changing: [1, 2, 3, 4])
        #expect(report.summary == "Apply complete: 0 created, 4 updated, 0 deleted.")
        // Two pages would hold every profile, but the four are on the first.
        #expect(calls.filter { $0 == "ListProfiles" }.count == 1)
        #expect(!calls.contains("GetProfile"))
        #expect(calls.filter { $0 == "UpdateProfile" }.count == 4)
    }

    @Test func oneRereadIsOneGetProfile() async throws {
        let (report, calls) = try await Self.apply(changing: [3])
        #expect(report.summary == "Apply complete: 0 created, 1 updated, 0 deleted.")
        #expect(calls.filter { $0 != "GetCallerIdentity" } == ["GetProfile", "UpdateProfile"])
    }

    @Test func aListingLongerThanTheCallsItSavesStopsAndTheRestAreReadOnTheirOwn() async throws {
        // Two re-reads are worth at most one page, which holds p1 but not p60.
        let (report, calls) = try await Self.apply(changing: [1, 60])
        #expect(report.summary == "Apply complete: 0 created, 2 updated, 0 deleted.")
        #expect(calls.filter { $0 == "ListProfiles" }.count == 1)
        #expect(calls.filter { $0 == "GetProfile" }.count == 1, "\(calls)")
    }

    @Test func aProfileGoneFromACompleteListingIsStale() async throws {
        let (report, calls) = try await Self.apply(changing: [1, 2, 3]) { account in
            let clients = try account.clients()
            let profiles = try await clients.rolesAnywhere("eu-west-2").listAll("ListProfiles", input: [:])
            let p2 = try #require(profiles.first { $0["name"]?.stringValue == "p2" }?["profileId"]?.stringValue)
            _ = try await clients.rolesAnywhere("eu-west-2").call("DeleteProfile", input: ["profileId": .string(p2)])
        }
        #expect(
            report.entries.map { "\($0.address) \($0.outcome)" }.sorted() == [
                "rolesAnywhere.profiles.p1 succeeded",
                "rolesAnywhere.profiles.p2 stale(\"it no longer exists; run plan again\")",
                "rolesAnywhere.profiles.p3 succeeded",
            ])
        #expect(!calls.contains("GetProfile"))
    }

    @Test func aChangeToAWrittenFieldSeenInTheListingIsStale() async throws {
        let (report, _) = try await Self.apply(changing: [1, 2]) { account in
            let clients = try account.clients()
            let profiles = try await clients.rolesAnywhere("eu-west-2").listAll("ListProfiles", input: [:])
            let p1 = try #require(profiles.first { $0["name"]?.stringValue == "p1" }?["profileId"]?.stringValue)
            _ = try await clients.rolesAnywhere("eu-west-2").call(
                "UpdateProfile", input: ["profileId": .string(p1), "durationSeconds": 900])
        }
        #expect(report.summary.contains("1 stale"))
    }
}
