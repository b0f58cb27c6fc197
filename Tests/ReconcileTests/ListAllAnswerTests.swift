import AWSCore
import AWSModel
import AWSTestSupport
import Reconcile
import Testing

/// A List answer whose items are not a list is an error: read as "there are none", it would plan to create
/// what exists (or, with prune, miss what to delete).
@Suite struct ListAllAnswerTests {
    static func listSecurityProfiles(answering body: String) async throws -> [JSONValue] {
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        let connect = RestJSONClient(client: try makeTestClient(transport: transport), model: .connect)
        return try await connect.listAll("ListSecurityProfiles", input: ["InstanceId": "i-1"])
    }

    @Test(arguments: [
        #"{"SecurityProfileSummaryList": "Agent"}"#, #"{"SecurityProfileSummaryList": {"Id": "sp-1"}}"#,
        #"["sp-1"]"#, #""sp-1""#,
    ])
    func itemsThatAreNotAListAreAnError(body: String) async {
        await #expect {
            _ = try await Self.listSecurityProfiles(answering: body)
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .invalidResponse
                && error?.message
                    == "The answer to ListSecurityProfiles cannot be decoded: SecurityProfileSummaryList is not a list "
                    + "of items."
        }
    }

    @Test func anAbsentOrEmptyListIsNoItems() async throws {
        #expect(try await Self.listSecurityProfiles(answering: "{}").isEmpty)
        #expect(try await Self.listSecurityProfiles(answering: "").isEmpty)
        #expect(try await Self.listSecurityProfiles(answering: #"{"SecurityProfileSummaryList": []}"#).isEmpty)
        let items = try await Self.listSecurityProfiles(answering: #"{"SecurityProfileSummaryList": [{"Id": "a"}]}"#)
        #expect(items == [["Id": "a"]])
    }
}
