import Emulator
import Foundation
import Testing
import YAML

@Suite struct MultiAccountSeedTests {
    @Test func readsEveryAccountWithItsOwnCredentialsRolesAndResources() throws {
        let seed = TwoAccounts.seed
        #expect(seed.accounts.map(\.accountId) == [TwoAccounts.staging, TwoAccounts.production])
        #expect(seed.accountId == TwoAccounts.staging)
        #expect(seed.state.accountId == TwoAccounts.staging)
        #expect(
            seed.accounts[0].credentials.map(\.principalArn) == ["arn:aws:iam::\(TwoAccounts.staging):user/ci"])
        #expect(
            seed.accounts[1].credentials.map(\.principalArn)
                == ["arn:aws:iam::\(TwoAccounts.production):user/warden"])
        #expect(seed.account(accessKeyId: "AKIDPRODUCTION")?.accountId == TwoAccounts.production)
        #expect(seed.account(accessKeyId: "AKIDWARDENEMULATOR") == nil)
        #expect(seed.accounts[0].roles == nil)
        #expect(seed.accounts[1].roles?.map(\.arn) == ["arn:aws:iam::\(TwoAccounts.production):role/WardenDeploy"])
        let staging = seed.state[account: TwoAccounts.staging, region: "eu-west-2"]
        let production = seed.state[account: TwoAccounts.production, region: "eu-west-2"]
        #expect(staging.connectInstances.map(\.alias) == ["acme-staging"])
        #expect(production.connectInstances.map(\.alias) == ["acme-prod"])
        #expect(seed.state[region: "eu-west-2"] == staging)
        #expect(seed.state.otherAccounts.keys.sorted() == [TwoAccounts.production])
        #expect(
            staging.rolesAnywhereProfiles.map(\.createdBy) == ["arn:aws:iam::\(TwoAccounts.staging):user/ci"])
    }

    @Test func anAccountOfAccountsHasNoDefaultCredentials() throws {
        let seed = try EmulatorSeed.parse(
            """
            accounts:
              - { accountId: "111111111111" }
            """, file: "s.yaml")
        #expect(seed.accounts == [EmulatorAccount(accountId: "111111111111")])
    }

    @Test func theSameAliasInTwoAccountsGetsTwoIds() throws {
        let seed = try EmulatorSeed.parse(
            """
            accounts:
              - accountId: "111111111111"
                connect: { instances: [ { alias: acme, region: eu-west-2 } ] }
                rolesAnywhere: { profiles: [ { name: ops, region: eu-west-2 } ] }
              - accountId: "222222222222"
                connect: { instances: [ { alias: acme, region: eu-west-2 } ] }
                rolesAnywhere: { profiles: [ { name: ops, region: eu-west-2 } ] }
            """, file: "s.yaml")
        let first = seed.state[account: "111111111111", region: "eu-west-2"]
        let second = seed.state[account: "222222222222", region: "eu-west-2"]
        #expect(first.connectInstances[0].id != second.connectInstances[0].id)
        #expect(first.rolesAnywhereProfiles[0].id != second.rolesAnywhereProfiles[0].id)
    }

    @Test func identityCenterUsersAreOneAcrossAccounts() throws {
        let seed = try EmulatorSeed.parse(
            """
            accounts:
              - accountId: "111111111111"
                identityCenter:
                  users:
                    - userName: jane
                      roles: [ { roleName: ConnectAdmin } ]
                      accessTokens: [ { token: t1 } ]
              - accountId: "222222222222"
                identityCenter:
                  users:
                    - userName: jane
                      roles: [ { roleName: ReadOnly, accountId: "222222222222" } ]
            """, file: "s.yaml")
        #expect(
            seed.identityCenter.users == [
                IdentityCenterSeed.User(
                    userName: "jane",
                    roles: [
                        IdentityCenterSeed.Role(accountId: "111111111111", roleName: "ConnectAdmin"),
                        IdentityCenterSeed.Role(accountId: "222222222222", roleName: "ReadOnly"),
                    ])
            ])
    }

    @Test func reportsAccountProblemsAtTheirLocation() {
        let text = """
            accountId: "111111111111"
            accounts:
              - accountId: "111111111111"
                credentials:
                  - { accessKeyId: AKIDONE, secretAccessKey: one }
                  - { accessKeyId: AKIDONE, secretAccessKey: again }
                connect: { instances: [ { alias: a, region: eu-west-2, id: same-id } ] }
              - accountId: "111111111111"
              - accountId: "222222222222"
                credentials:
                  - { accessKeyId: AKIDONE, secretAccessKey: other }
                connect: { instances: [ { alias: b, region: us-east-1, id: same-id } ] }
                identityCenter:
                  users:
                    - userName: jane
                      roles: [ { roleName: Admin, accountId: "111111111111" } ]
              - credentials: []
              - accountId: "333333333333"
                conect: {}
            """
        do {
            _ = try EmulatorSeed.parse(text, file: "seed.yaml")
            Issue.record("the seed parsed")
        } catch {
            #expect(
                error.sorted().map(\.description) == [
                    "seed.yaml:1:1: error: 'accountId' cannot be beside 'accounts'; put it in an account of 'accounts'",
                    "seed.yaml:6:24: error: the access key AKIDONE is already a credential of account 111111111111",
                    "seed.yaml:8:16: error: two accounts have the accountId 111111111111",
                    "seed.yaml:11:24: error: the access key AKIDONE is already a credential of account 111111111111",
                    "seed.yaml:12:29: error: two instances have the id same-id",
                    "seed.yaml:16:50: error: roles are assigned in the account they are listed under, 222222222222; "
                        + "accountId cannot be 111111111111",
                    "seed.yaml:17:5: error: an account needs an accountId",
                    "seed.yaml:19:5: error: unknown key 'conect' in an account; did you mean 'connect'?",
                ])
        }
    }

    @Test func theEnvironmentsExampleSeedLoads() throws {
        let seed = try EmulatorSeed.load(
            path: SeedFileTests.repository.appendingPathComponent("examples/environments/emulator-seed.yaml").path)
        #expect(seed.accounts.map(\.accountId) == ["111111111111", "222222222222"])
        #expect(
            seed.accounts.flatMap(\.credentials).map(\.accessKeyId) == ["AKIDWARDENSTAGING", "AKIDWARDENPRODUCTION"])
        let staging = try #require(seed.state[account: "111111111111", region: "eu-west-2"].connectInstances.first)
        let production = try #require(seed.state[account: "222222222222", region: "us-east-1"].connectInstances.first)
        #expect([staging.alias, staging.id] == ["acme-staging", "7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f"])
        #expect([production.alias, production.id] == ["acme-prod", "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"])
        #expect(staging.hierarchyGroups.map(\.id) == ["5a1e5000-0000-4000-8000-111111111111"])
        #expect(production.hierarchyGroups.map(\.id) == ["5a1e5000-0000-4000-8000-222222222222"])
        #expect(seed.state[account: "111111111111", region: "us-east-1"].connectInstances.isEmpty)
        #expect(seed.state[account: "222222222222", region: "eu-west-2"].connectInstances.isEmpty)
    }
}
