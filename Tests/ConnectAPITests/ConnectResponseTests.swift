import AWSCore
import AWSModel
import AWSTestSupport
import ConnectAPI
import Foundation
import Testing

/// Answers decoded by the typed methods, compared with what botocore's parser makes of the same
/// bytes (`Fixtures/responses.json`).
@Suite struct ConnectResponseTests {
    static let cases = BotocoreResponse.load(fixtures.appendingPathComponent("responses.json"))
    static let successes = cases.filter { $0.error == nil }
    static let errors = cases.filter { $0.error != nil }

    @Test func everyOperationInScopeHasASuccessCase() {
        #expect(Set(Self.successes.map(\.operation)) == operationsInScope)
        #expect(Self.errors.count == 3)
    }

    @Test(arguments: successes)
    func successesDecodeAsBotocoreParsesThem(expected: BotocoreResponse) async throws {
        let transport = ScriptedTransport([.response(expected.response)])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        let input = Data(try #require(sampleInputs[expected.operation]).serialized().utf8)
        let output = try await invoke(connect, expected.operation, input)
        if let output {
            #expect(
                jsonEquivalent(output, expected.parsed), "\(output.serialized()) vs \(expected.parsed.serialized())")
        } else {
            #expect(expected.parsed == [:])
        }
    }

    @Test(arguments: errors)
    func errorsDecodeAsBotocoreParsesThem(expected: BotocoreResponse) async throws {
        let botocore = try #require(expected.error)
        let transport = ScriptedTransport([.response(expected.response)])
        let connect = ConnectClient(
            client: try makeTestClient(transport: transport, variables: ["AWS_MAX_ATTEMPTS": "1"]))
        let input = Data(try #require(sampleInputs[expected.operation]).serialized().utf8)
        await #expect {
            _ = try await invoke(connect, expected.operation, input)
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == botocore.code && error.message == botocore.message
                && error.httpStatus == expected.status
                && error.requestId == "request-\(expected.name)" && error.operation == "Connect.\(expected.operation)"
        }
    }

    @Test func connectTimestampsAreEpochSeconds() async throws {
        let body = #"{"SecurityProfile":{"Id":"p","LastModifiedTime":1700000000.5}}"#
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        let output = try await connect.describeSecurityProfile(
            DescribeSecurityProfileRequest(securityProfileId: "p", instanceId: "i"))
        #expect(output.securityProfile?.lastModifiedTime == Date(timeIntervalSince1970: 1_700_000_000.5))
    }

    @Test func anUndecodableAnswerIsAnInvalidResponse() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"SecurityProfile":{"Id":5}}"#)])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        await #expect {
            try await connect.describeSecurityProfile(
                DescribeSecurityProfileRequest(securityProfileId: "p", instanceId: "i"))
        } throws: { error in
            (error as? AWSError)?.kind == .invalidResponse
        }
    }
}
