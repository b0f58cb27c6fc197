import AWSCore
import AWSTestSupport
import Foundation
import Logging
import SigV4
import Testing

@Suite struct AWSClientTests {
    let clock = TestClock()
    static let credential = Credential(
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: "SESSIONTOKENVALUE",
        source: "test"
    )

    func client(
        _ transport: ScriptedTransport,
        _ variables: [String: String] = [:],
        options: AWSOptions = AWSOptions(region: "eu-west-2"),
        rateLimits: RateLimits = .unlimited,
        logger: Logger = Logger(label: "test")
    ) throws -> AWSClient {
        let home = try TemporaryHome()
        return AWSClient(
            configuration: try AWSConfiguration(options: options, environment: home.environment(variables)),
            credentials: StaticCredentialProvider(Self.credential),
            transport: transport,
            clock: clock,
            random: FixedRandom([0.5]),
            rateLimiter: RateLimiter(limits: rateLimits, clock: clock),
            logger: logger
        )
    }

    static let request = AWSRequest(
        service: .connect,
        operation: "UpdateSecurityProfile",
        method: "POST",
        path: "/security-profiles/instance-1/profile%2F2",
        headers: [HTTPHeader("Content-Type", "application/json")],
        body: Array(#"{"Description":"Agents"}"#.utf8)
    )

    /// Reads `__type` and `Message` of a JSON error body.
    static func decodeError(_ response: AWSHTTPResponse) -> AWSError {
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: String] ?? [:]
        return AWSError(kind: .service, code: object["__type"] ?? "Unknown", message: object["Message"] ?? "")
    }

    @Test func retriesThrottlingAndTransientErrorsWithBackoff() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(429, #"{"__type":"ThrottlingException","Message":"Rate exceeded"}"#),
            ScriptedTransport.json(503, #"{"__type":"ServiceUnavailableException","Message":"busy"}"#),
            ScriptedTransport.json(200, "{}"),
        ])
        let response = try await client(transport).send(Self.request, decodeError: Self.decodeError)
        #expect(response.status == 200)
        #expect(transport.requests.count == 3)
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test func neverRetriesAValidationErrorAndReportsIt() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(400, #"{"__type":"InvalidParameterException","Message":"bad id"}"#)
        ])
        await #expect(
            throws: AWSError(
                kind: .service,
                code: "InvalidParameterException",
                message: "bad id",
                httpStatus: 400,
                requestId: "req-400",
                operation: "Connect.UpdateSecurityProfile"
            )
        ) {
            try await client(transport).send(Self.request, decodeError: Self.decodeError)
        }
        #expect(transport.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func givesUpAfterMaxAttempts() async throws {
        let failure = AWSError(kind: .connection, code: "ConnectionError", message: "reset")
        let transport = ScriptedTransport([.failure(failure), .failure(failure), .failure(failure)])
        await #expect(throws: AWSError.self) {
            try await client(transport, ["AWS_MAX_ATTEMPTS": "2"]).send(Self.request, decodeError: Self.decodeError)
        }
        #expect(transport.requests.count == 2)
    }

    @Test func sendsASignedRequestToTheResolvedEndpoint() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        _ = try await client(
            transport, options: AWSOptions(region: "eu-west-2", endpointURL: "http://127.0.0.1:4566/base")
        )
        .send(Self.request, decodeError: Self.decodeError)
        let sent = try #require(transport.requests.first)
        #expect(sent.url == "http://127.0.0.1:4566/base/security-profiles/instance-1/profile%2F2")
        #expect(sent.headers.first("Host") == "127.0.0.1:4566")
        #expect(sent.headers.first("X-Amz-Date") == "20231114T221320Z")
        #expect(sent.headers.first("X-Amz-Security-Token") == "SESSIONTOKENVALUE")
        #expect(sent.headers.first("User-Agent") == "warden")
        let verified = try SigV4Verifier(region: "eu-west-2", service: "connect").verify(
            SigV4Request(
                method: sent.method,
                path: sent.fullPath,
                query: sent.query,
                headers: sent.headers.map { SigV4Request.Header($0.name, $0.value) },
                body: sent.body
            ),
            now: clock.date()
        ) { $0 == "AKIDEXAMPLE" ? Self.credential.secretAccessKey : nil }
        #expect(verified.sessionToken == "SESSIONTOKENVALUE")
        let authorization = try SigV4Authorization(headerValue: try #require(sent.headers.first("Authorization")))
        #expect(authorization.signedHeaders == ["content-type", "host", "x-amz-date", "x-amz-security-token"])
    }

    @Test func theRateLimiterSpacesRequestsOut() async throws {
        let transport = ScriptedTransport(Array(repeating: ScriptedTransport.json(200, "{}"), count: 7))
        let client = try client(transport, rateLimits: .documentedDefaults)
        for _ in 0..<7 { _ = try await client.send(Self.request, decodeError: Self.decodeError) }
        // The first answer started the refilling: the sixth request waits for a token, the seventh for the next.
        #expect(clock.sleeps == [.milliseconds(500), .milliseconds(500)])
    }

    @Test func adaptiveModeSlowsDownAfterThrottling() async throws {
        var replies: [ScriptedTransport.Reply] = Array(repeating: ScriptedTransport.json(200, "{}"), count: 10)
        replies.append(ScriptedTransport.json(429, #"{"__type":"TooManyRequestsException","Message":"slow down"}"#))
        replies += Array(repeating: ScriptedTransport.json(200, "{}"), count: 10)
        let transport = ScriptedTransport(replies)
        let client = try client(transport, ["AWS_RETRY_MODE": "adaptive"])
        for _ in 0..<10 {
            _ = try await client.send(Self.request, decodeError: Self.decodeError)
            clock.advance(by: .milliseconds(100))
        }
        #expect(clock.sleeps.isEmpty)
        for _ in 0..<10 { _ = try await client.send(Self.request, decodeError: Self.decodeError) }
        #expect(clock.sleeps.first == .milliseconds(500))
        #expect(clock.sleeps.count > 1)
    }

    @Test func debugOutputShowsRequestsButNoSecrets() async throws {
        let capture = LogCapture()
        let transport = ScriptedTransport([
            ScriptedTransport.json(
                200,
                #"{"Credentials":{"SecretAccessKey":"RESPONSESECRET","SessionToken":"RESPONSETOKEN"},"NextToken":"page-2"}"#
            )
        ])
        var request = Self.request
        request.body = Array(#"{"Password":"hunter2","Code":"oauth-code","Description":"Agents"}"#.utf8)
        request.sensitiveKeys = ["Code"]
        _ = try await client(transport, logger: capture.logger).send(request, decodeError: Self.decodeError)
        let output = capture.text
        #expect(
            output.contains("POST https://connect.eu-west-2.amazonaws.com/security-profiles/instance-1/profile%2F2"))
        #expect(output.contains("Authorization: <redacted>"))
        #expect(output.contains("X-Amz-Security-Token: <redacted>"))
        #expect(output.contains(#""Description":"Agents""#))
        #expect(output.contains(#""NextToken":"page-2""#))
        let signature = try #require(
            transport.requests.first?.headers.first("Authorization")?.split(separator: "=").last)
        for secret in [
            Self.credential.secretAccessKey, "SESSIONTOKENVALUE", String(signature), "hunter2", "oauth-code",
            "RESPONSESECRET", "RESPONSETOKEN",
        ] {
            #expect(!output.contains(secret), "\(secret) appears in the debug output")
        }
    }
}
