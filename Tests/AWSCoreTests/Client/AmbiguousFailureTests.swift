import AWSCore
import AWSModel
import AWSTestSupport
import Testing

/// A request that must not be sent twice (a create without a client token) is not retried after a failure that
/// may have come after AWS made the change; a refusal (throttling) is still retried.
@Suite struct AmbiguousFailureTests {
    static let create: JSONValue = ["InstanceId": "instance-1", "SecurityProfileName": "Agents"]

    static var serverError: ScriptedTransport.Reply {
        ScriptedTransport.json(
            500, #"{"Message":"Internal service error"}"#,
            headers: [HTTPHeader("x-amzn-ErrorType", "InternalServiceException")])
    }
    static var unavailable: ScriptedTransport.Reply {
        ScriptedTransport.json(
            503, #"{"Message":"Service unavailable"}"#,
            headers: [HTTPHeader("x-amzn-ErrorType", "ServiceUnavailableException")])
    }
    static var throttled: ScriptedTransport.Reply {
        ScriptedTransport.json(
            429, #"{"Message":"Rate exceeded"}"#, headers: [HTTPHeader("x-amzn-ErrorType", "ThrottlingException")])
    }
    static var created: ScriptedTransport.Reply {
        ScriptedTransport.json(200, #"{"SecurityProfileId":"sp-1","SecurityProfileArn":"arn"}"#)
    }
    static var dropped: ScriptedTransport.Reply {
        .failure(AWSError(kind: .connection, code: "ConnectionError", message: "remote connection closed"))
    }
    static var timedOut: ScriptedTransport.Reply {
        .failure(AWSError(kind: .timeout, code: "RequestTimeout", message: "no answer in 60 seconds"))
    }

    func connect(_ transport: ScriptedTransport) throws -> RestJSONClient {
        RestJSONClient(client: try makeTestClient(transport: transport), model: .connect)
    }

    /// Failures after which a create may have been made.
    enum Ambiguous: CaseIterable, Sendable {
        case connectionDropped, timedOut, serverError, unavailable

        var reply: ScriptedTransport.Reply {
            switch self {
            case .connectionDropped: AmbiguousFailureTests.dropped
            case .timedOut: AmbiguousFailureTests.timedOut
            case .serverError: AmbiguousFailureTests.serverError
            case .unavailable: AmbiguousFailureTests.unavailable
            }
        }

        /// The code the caller sees.
        var code: String {
            switch self {
            case .connectionDropped: "ConnectionError"
            case .timedOut: "RequestTimeout"
            case .serverError: "InternalServiceException"
            case .unavailable: "ServiceUnavailableException"
            }
        }
    }

    @Test(arguments: Ambiguous.allCases)
    func aFailureThatMayHaveBeenAppliedIsThrownAtOnce(failure: Ambiguous) async throws {
        let transport = ScriptedTransport([failure.reply, Self.created])
        let code = failure.code
        await #expect {
            _ = try await connect(transport).call(
                "CreateSecurityProfile", input: Self.create, retryingAmbiguousFailures: false)
        } throws: { error in
            (error as? AWSError)?.code == code && (error as? AWSError)?.mayHaveBeenApplied == true
        }
        #expect(transport.requests.count == 1)
    }

    @Test func throttlingIsStillRetriedBecauseNothingWasDone() async throws {
        let transport = ScriptedTransport([Self.throttled, Self.throttled, Self.created])
        let answer = try await connect(transport).call(
            "CreateSecurityProfile", input: Self.create, retryingAmbiguousFailures: false)
        #expect(answer == ["SecurityProfileId": "sp-1", "SecurityProfileArn": "arn"])
        #expect(transport.requests.count == 3)
    }

    @Test(arguments: Ambiguous.allCases)
    func byDefaultTheSameFailuresAreRetried(failure: Ambiguous) async throws {
        let transport = ScriptedTransport([failure.reply, Self.created])
        let answer = try await connect(transport).call("CreateSecurityProfile", input: Self.create)
        #expect(answer["SecurityProfileId"] == "sp-1")
        #expect(transport.requests.count == 2)
    }

    @Test func refusalsAndLocalProblemsWereNotApplied() {
        let refusals = [
            AWSError(kind: .service, code: "ThrottlingException", message: "", httpStatus: 429),
            AWSError(kind: .service, code: "DuplicateResourceException", message: "", httpStatus: 409),
            AWSError(kind: .service, code: "InvalidParameterException", message: "", httpStatus: 400),
            AWSError(kind: .validation, code: "ValidationError", message: ""),
            AWSError(kind: .credentials, code: "NoCredentials", message: ""),
        ]
        #expect(refusals.filter(\.mayHaveBeenApplied) == [])
        let ambiguous = [
            AWSError(kind: .timeout, code: "RequestTimeout", message: ""),
            AWSError(kind: .connection, code: "ConnectionError", message: ""),
            AWSError(kind: .service, code: "InternalServerException", message: "", httpStatus: 500),
            AWSError(kind: .service, code: "BadGateway", message: "", httpStatus: 502),
            AWSError(kind: .service, code: "RequestTimeoutException", message: "", httpStatus: 408),
        ]
        #expect(ambiguous.filter { !$0.mayHaveBeenApplied } == [])
    }
}
