import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Testing

/// The gate every request passes: open, it counts what is in flight; closed, it sends nothing more, lets what
/// is in flight finish, and ends waits at once. A refused retry never hides an attempt that may have been made.
@Suite struct CallGateTests {
    static let describe: JSONValue = ["InstanceId": "instance-1", "SecurityProfileId": "sp-1"]

    func connect(_ transport: any HTTPTransport, gate: CallGate) throws -> RestJSONClient {
        RestJSONClient(client: try makeTestClient(transport: transport, gate: gate), model: .connect)
    }

    @Test func aClosedGateSendsNothing() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        let gate = CallGate()
        #expect(gate.close() == 0)
        let client = try connect(transport, gate: gate)
        let error = await #expect(throws: AWSError.self) {
            try await client.call("DescribeSecurityProfile", input: Self.describe)
        }
        #expect(error?.isInterruption == true)
        #expect(error?.description == "Connect.DescribeSecurityProfile: Interrupted: " + AWSError.interrupted.message)
        #expect(error?.isRetryable == false)
        #expect(error?.mayHaveBeenApplied == false)
        #expect(transport.requests.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func callsInFlightAreCountedAndFinishAfterTheGateCloses() async throws {
        let transport = HeldTransport()
        let gate = CallGate()
        let client = try connect(transport, gate: gate)
        let call = Task { try await client.call("DescribeSecurityProfile", input: Self.describe) }
        await transport.waitUntilHeld()
        #expect(gate.callsInFlight == 1)
        #expect(gate.close() == 1)
        #expect(gate.isClosed)
        transport.release()
        #expect(try await call.value == ["SecurityProfile": ["Id": "sp-1"]])
        #expect(gate.callsInFlight == 0)
        await #expect(throws: AWSError.interrupted) {
            _ = try await gate.send(transport.request, over: transport, timeout: .seconds(1))
        }
        #expect(transport.sent == 1)
    }

    @Test func aRetryIsNotSentOnceTheGateClosed() async throws {
        let throttled = ScriptedTransport.json(
            429, #"{"Message":"Rate exceeded"}"#, headers: [HTTPHeader("x-amzn-ErrorType", "ThrottlingException")])
        let gate = CallGate()
        let transport = ScriptedTransport([throttled, ScriptedTransport.json(200, "{}")])
        let client = try connect(ClosingTransport(transport, closing: gate), gate: gate)
        let error = await #expect(throws: AWSError.self) {
            try await client.call("DescribeSecurityProfile", input: Self.describe)
        }
        // Throttled: nothing was done, so the call is reported as not made.
        #expect(error?.isInterruption == true)
        #expect(transport.requests.count == 1)
    }

    @Test func aRefusedRetryAfterAnAnswerThatMayHaveBeenAppliedReportsThatAnswer() async throws {
        let serverError = ScriptedTransport.json(
            500, #"{"Message":"Internal service error"}"#,
            headers: [HTTPHeader("x-amzn-ErrorType", "InternalServiceException")])
        let gate = CallGate()
        let transport = ScriptedTransport([serverError, ScriptedTransport.json(200, "{}")])
        let client = try connect(ClosingTransport(transport, closing: gate), gate: gate)
        let error = await #expect(throws: AWSError.self) {
            try await client.call("UpdateSecurityProfile", input: Self.describe)
        }
        #expect(error?.code == "InternalServiceException")
        #expect(error?.mayHaveBeenApplied == true)
        #expect(transport.requests.count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func aWaitEndsAsTheGateCloses() async throws {
        let gate = CallGate()
        let waiting = Task { try await gate.pause(for: .seconds(3_600), on: SystemClock()) }
        // Closing before the wait has begun and while it runs both end it with the refusal.
        try await Task.sleep(for: .milliseconds(50))
        gate.close()
        await #expect(throws: AWSError.interrupted) { try await waiting.value }
        await #expect(throws: AWSError.interrupted) { try await gate.pause(for: .zero, on: SystemClock()) }
    }

    @Test(.timeLimit(.minutes(1)))
    func aCancelledWaitEndsAsCancelledNotInterrupted() async throws {
        let gate = CallGate()
        let waiting = Task { try await gate.pause(for: .seconds(3_600), on: SystemClock()) }
        waiting.cancel()
        let error = await #expect(throws: AWSError.self) { try await waiting.value }
        #expect(error?.code == "Cancelled")
        #expect(!gate.isClosed)
    }
}

/// A transport that holds each request until `release()`, then answers a DescribeSecurityProfile.
private final class HeldTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var released = false
    private var count = 0

    let request = AWSHTTPRequest(
        method: "GET", endpoint: Endpoint(host: "connect.eu-west-2.amazonaws.com"), path: "/")

    var sent: Int { lock.withLock { count } }

    func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        await withCheckedContinuation { continuation in
            let now = lock.withLock {
                count += 1
                if released { return true }
                waiting.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
        return AWSHTTPResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "application/json")],
            body: Array(#"{"SecurityProfile":{"Id":"sp-1"}}"#.utf8))
    }

    /// Returns once a request is held.
    func waitUntilHeld() async {
        while lock.withLock({ waiting.isEmpty }) { await Task.yield() }
    }

    func release() {
        let held = lock.withLock {
            released = true
            defer { waiting = [] }
            return waiting
        }
        for continuation in held { continuation.resume() }
    }
}

/// A transport that closes `gate` as it answers, as if the interrupt came while the request was in flight.
private struct ClosingTransport: HTTPTransport {
    let inner: ScriptedTransport
    let gate: CallGate

    init(_ inner: ScriptedTransport, closing gate: CallGate) {
        self.inner = inner
        self.gate = gate
    }

    func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        defer { gate.close() }
        return try await inner.send(request, timeout: timeout)
    }
}
