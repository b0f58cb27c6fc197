import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import RolesAnywhereAPI
import Testing

/// Answers decoded by the typed methods, compared with what botocore's parser makes of the same
/// bytes (`Fixtures/responses.json`).
@Suite struct RolesAnywhereResponseTests {
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
        let rolesAnywhere = RolesAnywhereClient(client: try makeTestClient(transport: transport))
        let input = Data(try #require(sampleInputs[expected.operation]).serialized().utf8)
        let output = try await invoke(rolesAnywhere, expected.operation, input)
        #expect(jsonEquivalent(output, expected.parsed), "\(output.serialized()) vs \(expected.parsed.serialized())")
    }

    @Test(arguments: errors)
    func errorsDecodeAsBotocoreParsesThem(expected: BotocoreResponse) async throws {
        let botocore = try #require(expected.error)
        let transport = ScriptedTransport([.response(expected.response)])
        let rolesAnywhere = RolesAnywhereClient(
            client: try makeTestClient(transport: transport, variables: ["AWS_MAX_ATTEMPTS": "1"])
        )
        let input = Data(try #require(sampleInputs[expected.operation]).serialized().utf8)
        await #expect {
            _ = try await invoke(rolesAnywhere, expected.operation, input)
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == botocore.code && error.message == botocore.message
                && error.httpStatus == expected.status
                && error.operation == "RolesAnywhere.\(expected.operation)"
        }
    }

    @Test func timestampsAreISO8601() async throws {
        let body =
            #"{"profile":{"profileId":"p","createdAt":"2023-11-14T22:13:20.5Z","updatedAt":"2023-11-14T23:13:20+01:00"}}"#
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        let rolesAnywhere = RolesAnywhereClient(client: try makeTestClient(transport: transport))
        let output = try await rolesAnywhere.getProfile(ScalarProfileRequest(profileId: "p"))
        #expect(output.profile?.createdAt == Date(timeIntervalSince1970: 1_700_000_000.5))
        #expect(output.profile?.updatedAt == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func listProfilesFollowsNextTokenWithoutAPageSize() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"profiles":[{"name":"a"}],"nextToken":"t=1"}"#),
            ScriptedTransport.json(200, #"{"profiles":[{"name":"b"}]}"#),
        ])
        let rolesAnywhere = RolesAnywhereClient(client: try makeTestClient(transport: transport))
        let profiles = try await rolesAnywhere.listProfilesPaginator(ListRequest()).collect(\.profiles)
        #expect(profiles.map(\.name) == ["a", "b"])
        #expect(transport.requests.map(\.target) == ["/profiles", "/profiles?nextToken=t%3D1"])
    }
}
