import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// AWS answers that are malformed, cut short, of the wrong shape, enormous or endless end the call with a
/// clear error at once: never a hang, never a crash, never retried (the same request would get the same answer).
/// A List answer whose items are not a list is an error: read as "there are none", it would plan to create
/// what exists (or, with prune, miss what to delete).
@Suite struct HostileAnswerTests {
    static func connect(_ transport: any HTTPTransport) throws -> RestJSONClient {
        RestJSONClient(client: try makeTestClient(transport: transport), model: .connect)
    }

    static let undecodable = "The answer to ListInstances cannot be decoded: "

    @Test(arguments: [
        (#"{"InstanceSummaryList": [{"Id": "a"#, "unterminated string at line 1, column 35"),
        (#"{"InstanceSummaryList": ["#, "unexpected end of text; expected a value at line 1, column 26"),
        ("<html><body>502 Bad Gateway</body></html>", "unexpected '<'; expected a value at line 1, column 1"),
        (#"{"NextToken": "a"} {"NextToken": "b"}"#, "unexpected '{' after the JSON value at line 1, column 20"),
        (#"{"a": 1, "a": 2}"#, #"duplicate key "a" at line 1, column 10"#),
        (String(repeating: "[", count: 100_000), "JSON nested deeper than 256 levels at line 1, column 257"),
    ])
    func malformedOrTruncatedJSONIsAnInvalidResponse(body: String, reason: String) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        await #expect {
            _ = try await Self.connect(transport).call("ListInstances", input: [:])
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .invalidResponse && error?.message == Self.undecodable + reason + " of the JSON text"
        }
        #expect(transport.requests.count == 1)
    }

    @Test func anAnswerThatIsNotUTF8IsAnInvalidResponse() async throws {
        let transport = ScriptedTransport([.response(AWSHTTPResponse(status: 200, body: [0x7B, 0xFF, 0xFE, 0x7D]))])
        await #expect {
            _ = try await Self.connect(transport).call("ListInstances", input: [:])
        } throws: { error in
            (error as? AWSError)?.message == Self.undecodable
                + "the text is not UTF-8 at line 1, column 1 of the JSON text"
        }
    }

    /// Answers every ListSecurityProfiles page with one item and the next token `token(page)`, counting pages.
    final class EndlessPages: HTTPTransport, @unchecked Sendable {
        let token: @Sendable (Int) -> String
        private let lock = NSLock()
        private var served = 0

        init(token: @escaping @Sendable (Int) -> String) {
            self.token = token
        }

        var pages: Int { lock.withLock { served } }

        func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
            let page = lock.withLock {
                served += 1
                return served
            }
            let body = #"{"SecurityProfileSummaryList": [{"Id": "sp-\#(page)"}], "NextToken": "\#(token(page))"}"#
            return AWSHTTPResponse(status: 200, body: Array(body.utf8))
        }
    }

    static func listSecurityProfiles(_ transport: any HTTPTransport, maximumPages: Int = 10_000) async throws
        -> [JSONValue]
    {
        try await connect(transport).listAll(
            "ListSecurityProfiles", input: ["InstanceId": "i-1"], maximumPages: maximumPages)
    }

    @Test(arguments: [
        #"{"SecurityProfileSummaryList": "Agent"}"#, #"{"SecurityProfileSummaryList": {"Id": "sp-1"}}"#,
        #"["sp-1"]"#, #""sp-1""#,
    ])
    func listedItemsThatAreNotAListAreAnError(body: String) async {
        await #expect {
            _ = try await Self.listSecurityProfiles(ScriptedTransport([ScriptedTransport.json(200, body)]))
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .invalidResponse
                && error?.message
                    == "The answer to ListSecurityProfiles cannot be decoded: SecurityProfileSummaryList is not a list "
                    + "of items."
        }
    }

    @Test func anAbsentOrEmptyListIsNoItems() async throws {
        for body in ["{}", "", #"{"SecurityProfileSummaryList": []}"#] {
            #expect(try await Self.listSecurityProfiles(ScriptedTransport([ScriptedTransport.json(200, body)])).isEmpty)
        }
        let listed = ScriptedTransport([ScriptedTransport.json(200, #"{"SecurityProfileSummaryList": [{"Id": "a"}]}"#)])
        #expect(try await Self.listSecurityProfiles(listed) == [["Id": "a"]])
    }

    @Test func aNextTokenThatRepeatsEndsTheListing() async throws {
        let transport = EndlessPages { _ in "same-token" }
        await #expect {
            _ = try await Self.listSecurityProfiles(transport)
        } throws: { error in
            (error as? AWSError)?.message == "ListSecurityProfiles returned the same NextToken twice."
        }
        #expect(transport.pages == 2)
    }

    @Test func aCycleOfTokensEndsTheListingWhereItCloses() async throws {
        let transport = EndlessPages { page in ["a", "b", "c"][(page - 1) % 3] }
        await #expect {
            _ = try await Self.listSecurityProfiles(transport)
        } throws: { error in
            (error as? AWSError)?.message == "ListSecurityProfiles returned the same NextToken twice."
        }
        #expect(transport.pages == 4)
    }

    /// Ten thousand distinct tokens and round again: the page limit ends it first (set low here to keep the
    /// test quick; by default 10,000 pages).
    @Test func aLoopOfTenThousandTokensEndsAtThePageLimit() async throws {
        let transport = EndlessPages { page in "token-\(page % 10_000)" }
        await #expect {
            _ = try await Self.listSecurityProfiles(transport, maximumPages: 500)
        } throws: { error in
            (error as? AWSError)?.message
                == "ListSecurityProfiles still had more after 500 pages; stopped (no account has that many, so "
                + "the answers are looping)."
        }
        #expect(transport.pages == 500)
    }

    /// A loopback server whose every answer is `megabytes` MiB of spaces, with or without a Content-Length.
    static func withEnormousAnswers(
        megabytes: Int,
        announced: Bool,
        _ body: @Sendable (_ url: String, _ answered: @Sendable () -> Int) async throws -> Void
    ) async throws {
        let counter = Counter()
        let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 1 << 20)
        let responder = CallbackResponder { (_: Request, _: BasicRequestContext) in
            counter.increment()
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: ResponseBody(contentLength: announced ? megabytes << 20 : nil) { writer in
                    for _ in 0..<megabytes { try await writer.write(chunk) }
                    try await writer.finish(nil)
                }
            )
        }
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0))
        )
        try await application.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)", { counter.value })
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    @Test(arguments: [true, false])
    func aHundredMegabyteAnswerIsRefusedAtTheLimit(announced: Bool) async throws {
        try await Self.withEnormousAnswers(megabytes: 100, announced: announced) { url, answered in
            let client = RestJSONClient(
                client: try makeTestClient(transport: AsyncHTTPClientTransport(), variables: ["AWS_ENDPOINT_URL": url]),
                model: .connect
            )
            let started = ContinuousClock.now
            await #expect {
                _ = try await client.call("ListInstances", input: [:])
            } throws: { error in
                let error = error as? AWSError
                let size = announced ? "104857600 bytes" : "more than 16777216 bytes"
                return error?.kind == .invalidResponse
                    && error?.message
                        == "The answer to GET \(url)/instance is \(size); Warden reads at most 16777216 "
                        + "bytes (AWS's answers to these APIs are far smaller)."
            }
            #expect(answered() == 1)
            #expect(ContinuousClock.now - started < .seconds(20))
        }
    }
}
