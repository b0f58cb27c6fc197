import Emulator
import Foundation
import Testing
import YAML

@Suite struct SeedFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theExampleSeedLoads() throws {
        let seed = try EmulatorSeed.load(
            path: Self.repository.appendingPathComponent("examples/emulator-seed.yaml").path)
        #expect(seed.accountId == "111122223333")
        let prod = try #require(seed.state[region: "eu-west-2"].connectInstances.first)
        let staging = try #require(seed.state[region: "eu-central-1"].connectInstances.first)
        #expect(prod.alias == "acme-prod")
        #expect(staging.alias == "acme-staging")
        #expect(
            prod.securityProfiles.map(\.name) == [
                "Admin", "Agent", "CallCenterManager", "QualityAnalyst", "SalesAgent", "SupervisorEU",
            ])
        #expect(prod.hierarchyGroups.map(\.name) == ["Sales", "Support", "Escalations"])
        #expect(prod.authenticationProfiles.map(\.isDefault) == [true])
        #expect(prod.authenticationProfiles[0].allowedIps == ["203.0.113.0/24"])
        #expect(prod.participantAuthentications.map(\.status) == [.pending, .completed])
        #expect(seed.state[region: "eu-west-2"].rolesAnywhereProfiles.map(\.name) == ["connect-ops", "ci-readonly"])
        #expect(seed.roles?.map(\.arn).count == 2)
        #expect(seed.credentials.map(\.accessKeyId) == ["AKIDWARDENEMULATOR"])
        #expect(seed.identityCenter.users.map(\.userName) == ["jane.doe@example.com"])
        #expect(seed.state.identityCenterTokens.accessTokens.keys.sorted() == ["warden-sso-access-token"])
    }

    @Test func readsTheIdentityCenter() throws {
        let seed = try EmulatorSeed.parse(
            """
            accountId: "444455556666"
            identityCenter:
              clients: [ { clientId: cli, clientSecret: s3cret } ]
              users:
                - userName: jane@example.com
                  roles:
                    - { roleName: ConnectAdmin, sessionDuration: 7200 }
                    - { roleName: ReadOnly, accountId: "444455556666" }
                  accessTokens:
                    - { token: a1 }
                    - { token: a2, expiresAt: 2030-01-01T00:00:00Z }
                  refreshTokens: [ { token: r1, clientId: cli } ]
            """, file: "seed.yaml")
        #expect(seed.identityCenter.clients == [IdentityCenterSeed.Client(clientId: "cli", clientSecret: "s3cret")])
        let jane = try #require(seed.identityCenter.user("jane@example.com"))
        #expect(
            jane.roles == [
                IdentityCenterSeed.Role(accountId: "444455556666", roleName: "ConnectAdmin", sessionDuration: 7200),
                IdentityCenterSeed.Role(accountId: "444455556666", roleName: "ReadOnly", sessionDuration: 3600),
            ])
        #expect(
            jane.roles[0].roleArn.wholeMatch(
                of:
                    #/arn:aws:iam::444455556666:role/aws-reserved/sso\.amazonaws\.com/AWSReservedSSO_ConnectAdmin_[0-9a-f]{16}/#
            ) != nil)
        #expect(
            jane.roles[0].roleArn
                == IdentityCenterSeed.Role(accountId: "444455556666", roleName: "ConnectAdmin").roleArn)
        let tokens = seed.state.identityCenterTokens
        #expect(tokens.accessTokens["a1"] == IdentityCenterTokens.AccessToken(userName: "jane@example.com"))
        #expect(tokens.accessTokens["a2"]?.expiration == Date(timeIntervalSince1970: 1_893_456_000))
        #expect(
            tokens.refreshTokens == [
                "r1": IdentityCenterTokens.RefreshToken(userName: "jane@example.com", clientId: "cli")
            ])
        #expect(!seed.identityCenter.clients[0].description.contains("s3cret"))
    }

    @Test func reportsIdentityCenterProblems() {
        let text = """
            identityCenter:
              clients: [ { clientId: cli } ]
              users:
                - userName: jane
                  roles:
                    - { roleName: Admin, accountId: "999988887777" }
                    - { roleName: Long, sessionDuration: 86400 }
                    - { accountId: "111122223333" }
                  refreshTokens: [ { token: r1, clientId: other } ]
                  accesTokens: []
            """
        do {
            _ = try EmulatorSeed.parse(text, file: "seed.yaml")
            Issue.record("the seed parsed")
        } catch {
            #expect(
                error.sorted().map(\.description) == [
                    "seed.yaml:2:14: error: a client needs a clientId and a clientSecret",
                    "seed.yaml:6:41: error: the emulator serves one account, 111122223333; accountId cannot be 999988887777",
                    "seed.yaml:7:46: error: sessionDuration must be 900 to 43200 seconds (15 minutes to 12 hours)",
                    "seed.yaml:8:11: error: a role needs a roleName",
                    "seed.yaml:9:47: error: no client of identityCenter.clients has the clientId other",
                    "seed.yaml:10:7: error: unknown key 'accesTokens' in a user; did you mean 'accessTokens'?",
                ])
        }
    }

    @Test func anEmptySeedHasTheDefaultCredentials() throws {
        let seed = try EmulatorSeed.parse("", file: "empty.yaml")
        #expect(seed.credentials == [EmulatorCredential.default])
        #expect(seed.state == EmulatorState())
        #expect(seed.roles == nil)
    }

    @Test func derivesStableIdsWhenTheSeedGivesNone() throws {
        let text = "connect: { instances: [ { alias: a, region: eu-west-2 } ] }"
        let first = try EmulatorSeed.parse(text, file: "s.yaml")
        let second = try EmulatorSeed.parse(text, file: "s.yaml")
        #expect(first == second)
        let instance = try #require(first.state[region: "eu-west-2"].connectInstances.first)
        #expect(instance.id.count == 36)
        #expect(
            instance.securityProfiles.map(\.id)
                == second.state[region: "eu-west-2"].connectInstances[0].securityProfiles.map(\.id))
        #expect(Set(instance.securityProfiles.map(\.id)).count == 4)
    }

    @Test func reportsEveryProblemWithItsLocation() {
        let text = """
            accountId: "12"
            conect: {}
            connect:
              instances:
                - alias: a
                - alias: b
                  region: eu-west-2
                  inboundCallsEnabled: maybe
                  authenticationProfiles:
                    - name: Default
                      allowedIps: [10.0.0.0/33]
            """
        #expect(throws: Diagnostics.self) { try EmulatorSeed.parse(text, file: "seed.yaml") }
        do {
            _ = try EmulatorSeed.parse(text, file: "seed.yaml")
        } catch {
            #expect(
                error.sorted().map(\.description) == [
                    "seed.yaml:1:12: error: accountId must be 12 digits, got '12'",
                    "seed.yaml:2:1: error: unknown key 'conect' in the seed; did you mean 'connect'?",
                    "seed.yaml:5:7: error: an instance needs an alias and a region",
                    "seed.yaml:8:28: error: inboundCallsEnabled must be true or false, found a string",
                    "seed.yaml:11:24: error: '10.0.0.0/33' is not an IPv4 or IPv6 CIDR block",
                ])
        }
    }
}
