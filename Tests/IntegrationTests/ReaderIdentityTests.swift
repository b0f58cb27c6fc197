import AWSCore
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import YAML

/// Finding the live resources a file names: by id or name, with every problem reported at once where the
/// file says it.
@Suite(.serialized) struct ReaderIdentityTests {
    static let seed = """
        connect:
          instances:
            - alias: one
              region: eu-west-2
              id: 11111111-0000-4000-8000-000000000001
              securityProfiles:
                - { name: Sales, id: 22222222-0000-4000-8000-000000000001, description: Sales }
        rolesAnywhere:
          profiles:
            - { name: twin, region: eu-west-2, id: 33333333-0000-4000-8000-000000000001, roleArns: [] }
            - { name: twin, region: eu-west-2, id: 33333333-0000-4000-8000-000000000002, roleArns: [] }

        """

    static func plan(_ account: EmulatedAccount, _ text: String) async throws -> Result<Plan, Diagnostics> {
        let desired = try DesiredText.load(text)
        switch await Reader(clients: try account.clients()).read(desired) {
        case .failure(let problems): return .failure(problems)
        case .success(let observed):
            return Planner(
                desired: desired, observed: observed, desiredFile: .init(path: "warden.yaml", sha256: ""),
                wardenVersion: "test"
            ).plan()
        }
    }

    @Test func unknownIdsAliasesAndAmbiguousNamesAreEachReportedWhereWritten() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        let result = try await Self.plan(
            account,
            """
            version: 1
            region: eu-west-2
            connect:
              one:
                alias: one
                securityProfiles:
                  ghost: { id: 22222222-0000-4000-8000-00000000dead, description: x }
              lost:
                alias: nowhere
              gone:
                id: 99999999-9999-4999-8999-999999999999
            rolesAnywhere:
              profiles:
                twin: { name: twin, durationSeconds: 900 }

            """
        )
        let failure = try #require(result.failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:7:20: error: connect.one.securityProfiles.ghost: no security profile has id "
                    + "22222222-0000-4000-8000-00000000dead",
                "warden.yaml:9:12: error: connect.lost: no Amazon Connect instance has alias nowhere in eu-west-2",
                "warden.yaml:11:9: error: connect.gone: no Amazon Connect instance has id "
                    + "99999999-9999-4999-8999-999999999999 in eu-west-2",
                "warden.yaml:14:19: error: rolesAnywhere.profiles.twin: 2 Roles Anywhere profiles are named \"twin\" "
                    + "(ids 33333333-0000-4000-8000-000000000001, 33333333-0000-4000-8000-000000000002); "
                    + "add id: to say which one",
            ])
    }

    @Test func aMissingAuthenticationProfileIsAnErrorAndAMissingSecurityProfileACreate() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        let failure = try #require(
            try await Self.plan(
                account,
                """
                version: 1
                region: eu-west-2
                connect:
                  one:
                    alias: one
                    authenticationProfiles:
                      office: { name: Office, description: x }

                """
            ).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:7:7: error: connect.one.authenticationProfiles.office: authentication profile \"Office\" "
                    + "does not exist in this instance, and AWS has no call to create one (each instance comes with its "
                    + "own); match an existing profile by name or id"
            ])

        let plan = try await Self.plan(
            account,
            """
            version: 1
            region: eu-west-2
            connect:
              one:
                alias: one
                securityProfiles:
                  new: { name: Brand New, permissions: [BasicAgentAccess] }
            rolesAnywhere:
              profiles:
                fresh: { name: fresh, roleArns: [] }

            """
        ).get()
        #expect(plan.changes.map(\.action) == [.create, .create])
        #expect(plan.changes.map(\.address) == ["connect.one.securityProfiles.new", "rolesAnywhere.profiles.fresh"])
    }

    @Test func twoDeclarationsOfOneLiveResourceAreRefused() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        let failure = try #require(
            try await Self.plan(
                account,
                """
                version: 1
                region: eu-west-2
                connect:
                  one:
                    alias: one
                    securityProfiles:
                      sales: { name: Sales }
                      sales-again: { id: 22222222-0000-4000-8000-000000000001, description: Sales team }
                  same:
                    id: 11111111-0000-4000-8000-000000000001

                """
            ).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:8:26: error: connect.one.securityProfiles.sales-again: is the same security profile as "
                    + "connect.one.securityProfiles.sales (\"Sales\", id 22222222-0000-4000-8000-000000000001); declare it once",
                "warden.yaml:10:9: error: connect.same: is the same Amazon Connect instance as connect.one "
                    + "(id 11111111-0000-4000-8000-000000000001); declare it once",
            ])
    }

    @Test func anotherAccountIsRefusedBeforeAnythingElseIsRead() async throws {
        let account = try await EmulatedAccount.start(seed: "accountId: \"999999999999\"\n" + Self.seed)
        defer { Task { try? await account.stop() } }
        let failure = try #require(
            try await Self.plan(
                account,
                """
                version: 1
                region: eu-west-2
                accountId: "111122223333"
                connect:
                  one:
                    alias: one
                    securityProfiles:
                      sales: { name: Sales }

                """
            ).failure)
        #expect(
            failure.map(\.description) == [
                "warden.yaml:3:12: error: accountId: the credentials belong to account 999999999999, not 111122223333; "
                    + "refusing to plan against another account"
            ])
        #expect(await account.calls() == ["GetCallerIdentity eu-west-2"])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
