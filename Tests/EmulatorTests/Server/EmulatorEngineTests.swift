import AWSModel
import Emulator
import Foundation
import Testing

@Suite struct EmulatorEngineTests {
    let clock = TestClock()
    let client = TestClient()

    func engine(_ configuration: EmulatorConfiguration? = nil) throws -> EmulatorEngine {
        try EmulatorEngine(configuration: configuration ?? Fixtures.configuration(clock: clock))
    }

    @Test func describesAnInstanceInConnectsWireFormat() async throws {
        let engine = try engine()
        let request = client.request(
            .connect, "DescribeInstance", ["InstanceId": .string(Fixtures.prodId)], at: clock.now)
        let response = try #require(await engine.handle(request).response)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        let instance = try #require(response.json["Instance"])
        #expect(instance["Arn"] == .string("arn:aws:connect:eu-west-2:111122223333:instance/\(Fixtures.prodId)"))
        #expect(instance["InstanceAlias"] == "acme-prod")
        #expect(instance["CreatedTime"] == .integer(1_678_786_200))
        #expect(instance["InstanceAccessUrl"] == "https://acme-prod.my.connect.aws")
        #expect(instance["Tags"] == .object([:]))
    }

    @Test func answersErrorsWithTheErrorTypeHeaderAndTheModelsStatus() async throws {
        let engine = try engine()
        let request = client.request(.connect, "DescribeInstance", ["InstanceId": "missing"], at: clock.now)
        let response = try #require(await engine.handle(request).response)
        #expect(response.status == 404)
        #expect(response.header("x-amzn-ErrorType") == "ResourceNotFoundException")
        #expect(response.json == ["Message": "Instance missing not found"])
    }

    @Test func validatesWithAWSsSummaryMessage() async throws {
        let engine = try engine()
        let request = client.request(
            .connect, "CreateSecurityProfile",
            [
                "InstanceId": .string(Fixtures.prodId), "SecurityProfileName": "",
                "Description": .string(String(repeating: "d", count: 251)),
            ],
            at: clock.now)
        let response = try #require(await engine.handle(request).response)
        #expect(response.status == 400)
        #expect(
            response.json
                == [
                    "Message": .string(
                        "3 validation errors detected: Value '\(String(repeating: "d", count: 251))' at 'description' "
                            + "failed to satisfy constraint: Member must have length less than or equal to 250; "
                            + "Value '' at 'securityProfileName' failed to satisfy constraint: Member must have length "
                            + "greater than or equal to 1; "
                            + "Value '' at 'securityProfileName' failed to satisfy constraint: Member must satisfy "
                            + "regular expression pattern: ^[ a-zA-Z0-9_@-]+$"
                    )
                ])
    }

    @Test func createsWithGeneratedIdsAndCountsTheChangeInTheState() async throws {
        let engine = try engine()
        let create = client.request(
            .connect, "CreateSecurityProfile",
            ["InstanceId": .string(Fixtures.prodId), "SecurityProfileName": "Leads", "Permissions": ["A", "B", "A"]],
            at: clock.now)
        let response = try #require(await engine.handle(create).response)
        #expect(response.status == 200)
        let id = try #require(response.json["SecurityProfileId"]?.stringValue)
        let state = await engine.currentState()
        let profile = try #require(
            state[region: "eu-west-2"].connectInstances.first?.securityProfiles.first { $0.id == id })
        #expect(profile.name == "Leads")
        #expect(profile.permissions == ["A", "B"])
        #expect(profile.lastModifiedTime == clock.now)
        #expect(profile.lastModifiedRegion == "eu-west-2")
    }

    @Test func partitionsStateByRegion() async throws {
        let engine = try engine()
        var usEast = client
        usEast.region = "us-east-1"
        let list = usEast.request(.connect, "ListInstances", at: clock.now)
        let response = try #require(await engine.handle(list).response)
        let ids = response.json["InstanceSummaryList"]?.arrayValue?.compactMap { $0["Id"]?.stringValue }
        #expect(ids == [Fixtures.stagingId])
    }

    @Test func rolesAnywhereAnswers201WithISOTimestamps() async throws {
        let engine = try engine()
        let create = client.request(
            .rolesAnywhere, "CreateProfile", ["name": "p", "roleArns": ["arn:aws:iam::111122223333:role/R"]],
            at: clock.now)
        let response = try #require(await engine.handle(create).response)
        #expect(response.status == 201)
        #expect(response.json["profile"]?["createdAt"] == "2025-06-15T15:06:40.000Z")
        #expect(response.json["profile"]?["createdBy"] == "arn:aws:iam::111122223333:user/warden")
    }

    @Test func stsAnswersXML() async throws {
        let engine = try engine()
        let response = try #require(await engine.handle(client.sts("GetCallerIdentity", at: clock.now)).response)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/xml")
        #expect(
            response.text.hasPrefix(
                "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                    + "<Account>111122223333</Account><Arn>arn:aws:iam::111122223333:user/warden</Arn>"
                    + "<UserId>AIDAWARDENEMULATOR0001</UserId></GetCallerIdentityResult>"))
    }

    @Test func stsErrorsAreErrorResponses() async throws {
        let engine = try engine()
        let response = try #require(
            await engine.handle(
                client.sts(
                    "AssumeRole", [("RoleArn", "arn:aws:iam::999999999999:role/Elsewhere"), ("RoleSessionName", "s1")],
                    at: clock.now)
            ).response)
        #expect(response.status == 403)
        #expect(response.text.contains("<Error><Type>Sender</Type><Code>AccessDenied</Code><Message>"))
    }

    @Test func logsEveryCallWithItsKeyParameters() async throws {
        let engine = try engine()
        _ = await engine.handle(
            client.request(
                .connect, "DescribeSecurityProfile",
                ["InstanceId": .string(Fixtures.prodId), "SecurityProfileId": "nope"], at: clock.now))
        _ = await engine.handle(client.sts("GetCallerIdentity", at: clock.now))
        #expect(
            await engine.callLog() == [
                CallRecord(
                    service: "connect", operation: "DescribeSecurityProfile", region: "eu-west-2", status: 404,
                    errorCode: "ResourceNotFoundException",
                    parameters: ["InstanceId": Fixtures.prodId, "SecurityProfileId": "nope"]),
                CallRecord(service: "sts", operation: "GetCallerIdentity", region: "eu-west-2", status: 200),
            ])
        await engine.clearCallLog()
        #expect(await engine.callLog() == [])
    }

    @Test(.timeLimit(.minutes(1)))
    func heldCallsAreCountedOnArrivalAndAnsweredOnlyOnceReleased() async throws {
        let engine = try engine()
        await engine.holdCalls()
        let describe = client.request(
            .connect, "DescribeInstance", ["InstanceId": .string(Fixtures.prodId)], at: clock.now)
        let first = Task { await engine.handle(describe).response?.status }
        while await engine.heldCalls() < 1 { await Task.yield() }
        #expect(await engine.callsReceived() == 1)
        #expect(await engine.callLog() == [])
        // Admin routes are never held or counted.
        _ = await engine.handle(EmulatorRequest(method: "GET", target: "/_emulator/calls", headers: []))
        #expect(await engine.callsReceived() == 1)

        await engine.releaseCalls(holdingNext: true)
        #expect(await first.value == 200)
        let second = Task { await engine.handle(describe).response?.status }
        while await engine.heldCalls() < 1 { await Task.yield() }
        #expect(await engine.callLog().count == 1)

        await engine.releaseCalls()
        #expect(await second.value == 200)
        #expect(await engine.handle(describe).response?.status == 200)
        #expect(await engine.callsReceived() == 3)
        #expect(await engine.heldCalls() == 0)
    }

    @Test func adminRoutesNeedNoSignature() async throws {
        let engine = try engine()
        _ = await engine.handle(client.request(.connect, "ListInstances", at: clock.now))
        let calls = try #require(
            await engine.handle(EmulatorRequest(method: "GET", target: "/_emulator/calls", headers: [])).response)
        #expect(calls.status == 200)
        #expect(
            calls.json
                == [
                    [
                        "service": "connect", "operation": "ListInstances", "region": "eu-west-2", "status": 200,
                        "parameters": [:],
                    ]
                ])
        let reset = try #require(
            await engine.handle(EmulatorRequest(method: "POST", target: "/_emulator/reset", headers: [])).response)
        #expect(reset.status == 204)
        let unknown = try #require(
            await engine.handle(EmulatorRequest(method: "GET", target: "/_emulator/nope", headers: [])).response)
        #expect(unknown.status == 404)
    }

    @Test func resetReturnsToTheSeed() async throws {
        let engine = try engine()
        _ = await engine.handle(
            client.request(.rolesAnywhere, "DeleteProfile", ["profileId": .string(Fixtures.profileId)], at: clock.now))
        #expect(await engine.currentState()[region: "eu-west-2"].rolesAnywhereProfiles.isEmpty)
        try await engine.reset()
        #expect(await engine.currentState() == Fixtures.seed.state)
    }

    @Test func refusesNonLoopbackHosts() {
        var configuration = Fixtures.configuration()
        configuration.host = "0.0.0.0"
        #expect(throws: EmulatorError(["--host must be a loopback address (127.0.0.1, ::1 or localhost), got 0.0.0.0"]))
        {
            try EmulatorEngine(configuration: configuration)
        }
        #expect(EmulatorConfiguration.isLoopback("127.0.0.1"))
        #expect(EmulatorConfiguration.isLoopback("::1"))
        #expect(!EmulatorConfiguration.isLoopback("10.0.0.1"))
        #expect(!EmulatorConfiguration.isLoopback("127.0.0.1.example.com"))
    }
}
