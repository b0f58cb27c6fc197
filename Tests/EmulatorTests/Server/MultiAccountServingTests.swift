import AWSModel
import Emulator
import Foundation
import SigV4
import Testing

@Suite struct MultiAccountServingTests {
    let clock = TestClock()
    let staging = TestClient(credentials: TwoAccounts.stagingKey)
    let production = TestClient(credentials: TwoAccounts.productionKey)

    func json(_ engine: EmulatorEngine, _ request: EmulatorRequest) async throws -> (Int, JSONValue) {
        let response = try #require(await engine.handle(request).response)
        return (response.status, response.json)
    }

    func xml(_ engine: EmulatorEngine, _ request: EmulatorRequest) async throws -> String {
        try #require(await engine.handle(request).response).text
    }

    /// The text of the first `<name>` element of `xml`.
    func element(_ name: String, of xml: String) -> String? {
        guard let start = xml.range(of: "<\(name)>"),
            let end = xml.range(of: "</\(name)>", range: start.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[start.upperBound..<end.lowerBound])
    }

    @Test func getCallerIdentityAnswersTheAccountOfTheKey() async throws {
        let engine = try TwoAccounts.engine(clock: clock)
        let stagingIdentity = try await xml(engine, staging.sts("GetCallerIdentity", at: clock.now))
        let productionIdentity = try await xml(engine, production.sts("GetCallerIdentity", at: clock.now))
        #expect(element("Account", of: stagingIdentity) == TwoAccounts.staging)
        #expect(element("Arn", of: stagingIdentity) == "arn:aws:iam::\(TwoAccounts.staging):user/ci")
        #expect(element("Account", of: productionIdentity) == TwoAccounts.production)
        #expect(element("Arn", of: productionIdentity) == "arn:aws:iam::\(TwoAccounts.production):user/warden")
    }

    @Test func anInstanceIsVisibleOnlyInItsAccount() async throws {
        let engine = try TwoAccounts.engine(clock: clock)
        let (_, listed) = try await json(engine, staging.request(.connect, "ListInstances", at: clock.now))
        #expect(
            listed["InstanceSummaryList"]?.arrayValue?.compactMap { $0["Id"]?.stringValue } == [
                TwoAccounts.stagingInstance
            ])
        #expect(
            listed["InstanceSummaryList"]?.arrayValue?.first?["Arn"]?.stringValue
                == "arn:aws:connect:eu-west-2:\(TwoAccounts.staging):instance/\(TwoAccounts.stagingInstance)")
        let (status, _) = try await json(
            engine,
            production.request(
                .connect, "DescribeInstance", ["InstanceId": .string(TwoAccounts.stagingInstance)], at: clock.now))
        #expect(status == 404)
        let stagingArn = "arn:aws:connect:eu-west-2:\(TwoAccounts.staging):instance/\(TwoAccounts.stagingInstance)"
        let (tagStatus, _) = try await json(
            engine,
            production.request(.connect, "ListTagsForResource", ["resourceArn": .string(stagingArn)], at: clock.now))
        #expect(tagStatus == 404)
    }

    @Test func aProfileCreatedInOneAccountIsInvisibleToTheOther() async throws {
        let engine = try TwoAccounts.engine(clock: clock)
        let (status, created) = try await json(
            engine,
            production.request(
                .rolesAnywhere, "CreateProfile",
                ["name": "prod-only", "roleArns": [.string("arn:aws:iam::\(TwoAccounts.production):role/Ops")]],
                at: clock.now))
        #expect(status == 201)
        let id = try #require(created["profile"]?["profileId"]?.stringValue)
        #expect(
            created["profile"]?["profileArn"]?.stringValue
                == "arn:aws:rolesanywhere:eu-west-2:\(TwoAccounts.production):profile/\(id)")
        #expect(created["profile"]?["createdBy"]?.stringValue == "arn:aws:iam::\(TwoAccounts.production):user/warden")
        let (_, stagingList) = try await json(engine, staging.request(.rolesAnywhere, "ListProfiles", at: clock.now))
        #expect(stagingList["profiles"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["connect-ops"])
        let (getStatus, _) = try await json(
            engine, staging.request(.rolesAnywhere, "GetProfile", ["profileId": .string(id)], at: clock.now))
        #expect(getStatus == 404)
        let state = await engine.currentState()
        #expect(
            state[account: TwoAccounts.production, region: "eu-west-2"].rolesAnywhereProfiles.map(\.name) == [
                "prod-only"
            ])
        #expect(
            state[account: TwoAccounts.staging, region: "eu-west-2"].rolesAnywhereProfiles.map(\.name) == [
                "connect-ops"
            ])
    }

    @Test func anAssumedRoleIsServedInTheRolesAccount() async throws {
        let engine = try TwoAccounts.engine(clock: clock)
        let roleArn = "arn:aws:iam::\(TwoAccounts.production):role/WardenDeploy"
        let answer = try await xml(
            engine, staging.sts("AssumeRole", [("RoleArn", roleArn), ("RoleSessionName", "deploy")], at: clock.now))
        #expect(element("Arn", of: answer) == "arn:aws:sts::\(TwoAccounts.production):assumed-role/WardenDeploy/deploy")
        let token = try #require(element("SessionToken", of: answer))
        let session = TestClient(
            credentials: SigV4Credentials(
                accessKeyId: try #require(element("AccessKeyId", of: answer)),
                secretAccessKey: try #require(element("SecretAccessKey", of: answer)),
                sessionToken: token))
        #expect(
            element("Account", of: try await xml(engine, session.sts("GetCallerIdentity", at: clock.now)))
                == TwoAccounts.production)
        let (_, listed) = try await json(engine, session.request(.connect, "ListInstances", at: clock.now))
        #expect(
            listed["InstanceSummaryList"]?.arrayValue?.compactMap { $0["Id"]?.stringValue } == [
                TwoAccounts.productionInstance
            ])
        let denied = try await xml(
            engine,
            production.sts(
                "AssumeRole",
                [("RoleArn", "arn:aws:iam::\(TwoAccounts.production):role/Other"), ("RoleSessionName", "s1")],
                at: clock.now))
        #expect(element("Code", of: denied) == "AccessDenied")
        let anyStagingRole = try await xml(
            engine,
            production.sts(
                "AssumeRole", [("RoleArn", "arn:aws:iam::\(TwoAccounts.staging):role/Any"), ("RoleSessionName", "s1")],
                at: clock.now))
        #expect(element("Arn", of: anyStagingRole) == "arn:aws:sts::\(TwoAccounts.staging):assumed-role/Any/s1")
    }

    @Test func theCallLogRecordsEachCallsAccount() async throws {
        let engine = try TwoAccounts.engine(clock: clock)
        _ = await engine.handle(staging.request(.connect, "ListInstances", at: clock.now))
        _ = await engine.handle(production.request(.rolesAnywhere, "ListProfiles", at: clock.now))
        var stranger = staging
        stranger.credentials = SigV4Credentials(accessKeyId: "AKIDNOBODY", secretAccessKey: "x")
        _ = await engine.handle(stranger.request(.connect, "ListInstances", at: clock.now))
        #expect(
            await engine.callLog() == [
                CallRecord(
                    service: "connect", operation: "ListInstances", region: "eu-west-2", account: TwoAccounts.staging,
                    status: 200),
                CallRecord(
                    service: "rolesanywhere", operation: "ListProfiles", region: "eu-west-2",
                    account: TwoAccounts.production, status: 200),
                CallRecord(
                    service: "connect", operation: "ListInstances", region: "eu-west-2", status: 403,
                    errorCode: "UnrecognizedClientException"),
            ])
        #expect(await engine.callLog(account: TwoAccounts.staging).compactMap(\.operation) == ["ListInstances"])
        #expect(await engine.callLog(account: TwoAccounts.production).compactMap(\.operation) == ["ListProfiles"])
        #expect(await engine.callLog(account: "999999999999").isEmpty)
        let filtered = try #require(
            await engine.handle(
                EmulatorRequest(
                    method: "GET", target: "/_emulator/calls?account=\(TwoAccounts.production)", headers: [])
            ).response)
        #expect(filtered.status == 200)
        #expect(filtered.json.arrayValue?.compactMap { $0["operation"]?.stringValue } == ["ListProfiles"])
        #expect(filtered.json.arrayValue?.first?["account"]?.stringValue == TwoAccounts.production)
        let bad = try #require(
            await engine.handle(EmulatorRequest(method: "GET", target: "/_emulator/calls?acount=1", headers: []))
                .response)
        #expect(bad.status == 400)
    }

    @Test func aSingleAccountSeedRecordsNoAccountButFiltersByIt() async throws {
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock))
        _ = await engine.handle(TestClient().request(.connect, "ListInstances", at: clock.now))
        #expect(await engine.callLog().map(\.account) == [nil])
        #expect(await engine.callLog(account: "111122223333").count == 1)
        #expect(await engine.callLog(account: TwoAccounts.production).isEmpty)
    }

    @Test func eachAccountHasItsOwnQuota() async throws {
        let engine = try TwoAccounts.engine(clock: clock, throttling: true)
        var statuses: [Int] = []
        for _ in 0..<6 {
            statuses.append(try await json(engine, staging.request(.connect, "ListInstances", at: clock.now)).0)
        }
        #expect(statuses == [200, 200, 200, 200, 200, 429])
        #expect(try await json(engine, production.request(.connect, "ListInstances", at: clock.now)).0 == 200)
    }

    @Test func theStateFileKeepsEveryAccount() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        var configuration = EmulatorConfiguration(seed: TwoAccounts.seed, statePath: path, clock: { clock.now })
        configuration.throttling = false
        let engine = try EmulatorEngine(configuration: configuration)
        _ = await engine.handle(
            production.request(
                .connect, "CreateSecurityProfile",
                ["InstanceId": .string(TwoAccounts.productionInstance), "SecurityProfileName": "Kept"], at: clock.now))
        let reloaded = try EmulatorEngine(configuration: configuration)
        let names = await reloaded.currentState()[account: TwoAccounts.production, region: "eu-west-2"]
            .connectInstances[0].securityProfiles.map(\.name)
        #expect(names.contains("Kept"))
        #expect(await reloaded.currentState() == engine.currentState())
    }

    @Test func aStateFileOfOneAccountBelongsToTheSeedsAccount() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[EmulatorState.defaultAccountKey] = "444455556666"
        let state = try decoder.decode(EmulatorState.self, from: Data(#"{"regions": {}, "sessions": {}}"#.utf8))
        #expect(state == EmulatorState(accountId: "444455556666"))
    }
}
