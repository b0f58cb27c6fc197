import AWSModel
import Emulator
import Foundation
import SigV4
import Testing

@Suite struct SignatureTests {
    let clock = TestClock()

    func answer(_ request: EmulatorRequest) async throws -> EmulatorResponse {
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock))
        return try #require(await engine.handle(request).response)
    }

    @Test func refusesAWrongSecret() async throws {
        var client = TestClient()
        client.credentials.secretAccessKey = "wrong"
        let response = try await answer(client.request(.connect, "ListInstances", at: clock.now))
        #expect(response.status == 403)
        #expect(response.header("x-amzn-ErrorType") == "InvalidSignatureException")
        #expect(
            response.json["message"]?.stringValue?.hasPrefix(
                "The request signature we calculated does not match the signature you provided.") == true)
    }

    @Test func refusesAnUnknownKey() async throws {
        var client = TestClient()
        client.credentials.accessKeyId = "AKIDNOBODY"
        let response = try await answer(client.request(.rolesAnywhere, "ListProfiles", at: clock.now))
        #expect(response.status == 403)
        #expect(response.header("x-amzn-ErrorType") == "UnrecognizedClientException")
        #expect(response.json == ["message": "The security token included in the request is invalid."])
    }

    @Test func refusesASignatureSixMinutesOld() async throws {
        let request = TestClient().request(.connect, "ListInstances", at: clock.now.addingTimeInterval(-360))
        let response = try await answer(request)
        #expect(response.status == 403)
        #expect(
            response.json
                == [
                    "message": .string(
                        "Signature expired: 20250615T150040Z is now earlier than 20250615T150140Z "
                            + "(20250615T150640Z - 5 min.)")
                ])
    }

    @Test func acceptsFourMinutesOfSkew() async throws {
        let request = TestClient().request(.connect, "ListInstances", at: clock.now.addingTimeInterval(240))
        #expect(try await answer(request).status == 200)
    }

    @Test func requiresAMatchingSessionToken() async throws {
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock))
        let assumed = try #require(
            await engine.handle(
                TestClient().sts(
                    "AssumeRole", [("RoleArn", "arn:aws:iam::111122223333:role/Ops"), ("RoleSessionName", "s1")],
                    at: clock.now)
            ).response)
        let session = try #require(await engine.currentState().sessions.values.first)
        #expect(assumed.text.contains("<AccessKeyId>\(session.accessKeyId)</AccessKeyId>"))

        var client = TestClient()
        client.credentials = SigV4Credentials(
            accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey,
            sessionToken: session.sessionToken)
        #expect(await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response?.status == 200)

        client.credentials.sessionToken = nil
        let missing = try #require(
            await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response)
        #expect(missing.header("x-amzn-ErrorType") == "UnrecognizedClientException")

        client.credentials.sessionToken = session.sessionToken
        clock.advance(by: 3601)
        let expired = try #require(
            await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response)
        #expect(expired.status == 403)
        #expect(expired.header("x-amzn-ErrorType") == "ExpiredTokenException")
    }
}

@Suite struct RedactionTests {
    @Test func credentialsNeverShowTheirSecrets() {
        let session = STSSession(
            accessKeyId: "ASIAEXAMPLE", secretAccessKey: "top-secret", sessionToken: "token-secret",
            expiration: Date(timeIntervalSince1970: 0), roleArn: "arn:aws:iam::111122223333:role/R", roleId: "AROAX",
            sessionName: "s")
        #expect(!"\(session)".contains("top-secret") && !"\(session)".contains("token-secret"))
        #expect(!"\(EmulatorCredential.default)".contains("warden-emulator-secret"))
        #expect(!"\(EmulatorSeed())".contains("warden-emulator-secret"))
    }
}
