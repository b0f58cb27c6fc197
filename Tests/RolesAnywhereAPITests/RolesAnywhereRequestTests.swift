import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import RolesAnywhereAPI
import Testing

/// Every operation's request, compared with what botocore's own serializer sends for the same input
/// (`Fixtures/requests.json`, written by `Fixtures/generate.py`).
@Suite struct RolesAnywhereRequestTests {
    static let cases = BotocoreRequest.load(fixtures.appendingPathComponent("requests.json"))

    @Test func everyOperationInScopeHasARequestCase() {
        #expect(Set(Self.cases.map(\.operation)) == operationsInScope)
    }

    @Test(arguments: cases)
    func theTypedMethodSendsWhatBotocoreSends(expected: BotocoreRequest) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        let rolesAnywhere = RolesAnywhereClient(client: try makeTestClient(transport: transport))
        _ = try await invoke(rolesAnywhere, expected.operation, expected.inputData)
        let sent = try #require(transport.requests.first)
        #expect(expected.differences(from: sent) == [])
        #expect(sent.url.hasPrefix("https://rolesanywhere.eu-west-2.amazonaws.com/"))
    }
}
