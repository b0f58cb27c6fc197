import AWSCore
import AWSModel
import AWSTestSupport
import ConnectAPI
import Foundation
import Testing

/// Every operation's request, compared with what botocore's own serializer sends for the same input
/// (`Fixtures/requests.json`, written by `Fixtures/generate.py`).
@Suite struct ConnectRequestTests {
    static let cases = BotocoreRequest.load(fixtures.appendingPathComponent("requests.json"))

    @Test func everyOperationInScopeHasARequestCase() {
        #expect(Set(Self.cases.map(\.operation)) == operationsInScope)
    }

    @Test(arguments: cases)
    func theTypedMethodSendsWhatBotocoreSends(expected: BotocoreRequest) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        _ = try await invoke(connect, expected.operation, expected.inputData)
        let sent = try #require(transport.requests.first)
        #expect(expected.differences(from: sent) == [])
        #expect(sent.url.hasPrefix("https://connect.eu-west-2.amazonaws.com/"))
    }

    @Test func anEmptyTagMapIsLeftOutOfCreateSecurityProfile() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        _ = try await connect.createSecurityProfile(
            CreateSecurityProfileRequest(securityProfileName: "Agent", instanceId: "i-1", tags: [:])
        )
        #expect(
            String(decoding: try #require(transport.requests.first).body, as: UTF8.self)
                == #"{"SecurityProfileName":"Agent"}"#)
    }

    @Test func aMissingRequiredMemberIsRefusedBeforeSending() async throws {
        let transport = ScriptedTransport([])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        await #expect {
            try await connect.client.call("DescribeSecurityProfile", input: ["InstanceId": "i-1"])
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .validation
                && error?.message
                    == "1 validation error detected: Value null at 'securityProfileId' failed to satisfy constraint: "
                    + "Member must not be null"
        }
        #expect(transport.requests.isEmpty)
    }
}
