import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// AWS answers that are malformed, cut short, of the wrong shape, enormous or endless end the call with a
/// clear error at once: never a hang, never a crash, never retried (the same request would get the same answer).
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

    struct Instances: Decodable, Sendable {
        struct Summary: Decodable, Sendable {
            var id: String
            var alias: String?

            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case alias = "InstanceAlias"
            }
        }
        var list: [Summary]?

        enum CodingKeys: String, CodingKey {
            case list = "InstanceSummaryList"
        }
    }

    @Test(arguments: [
        (#"{"InstanceSummaryList": "none"}"#, "InstanceSummaryList: expected Array<Any>, found a string"),
        (#"{"InstanceSummaryList": [{"Id": 7}]}"#, "InstanceSummaryList[0].Id: expected String, found number"),
        (#"{"InstanceSummaryList": [{"InstanceAlias": "a"}]}"#, "InstanceSummaryList[0].Id: missing"),
        (#"{"InstanceSummaryList": [null]}"#, "InstanceSummaryList[0]: expected Dictionary<String, Any>, found null"),
    ])
    func anAnswerOfTheWrongShapeNamesWhereItIsWrong(body: String, reason: String) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, body)])
        await #expect {
            _ = try await Self.connect(transport).call(
                "ListInstances", input: JSONValue.object([:]), output: Instances.self)
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .invalidResponse && error?.message == Self.undecodable + reason
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

    static func listSecurityProfiles(_ transport: EndlessPages, maximumPages: Int = 10_000) async throws -> Int {
        var paginator = AWSPaginator<JSONValue>(
            client: try connect(transport), operation: "ListSecurityProfiles", input: ["InstanceId": "i-1"])
        paginator.maximumPages = maximumPages
        var pages = 0
        for try await _ in paginator { pages += 1 }
        return pages
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
