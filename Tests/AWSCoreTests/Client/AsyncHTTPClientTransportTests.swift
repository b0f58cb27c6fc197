import AsyncHTTPClient
import Testing

@testable import AWSCore

@Suite struct AsyncHTTPClientTransportTests {
    let request = AWSHTTPRequest(
        method: "GET",
        endpoint: Endpoint(scheme: "http", host: "127.0.0.1", port: 9),
        path: "/x"
    )

    @Test func deadlinesAndTimeoutsAreTimeouts() {
        for failure in [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout, .tlsHandshakeTimeout] {
            let error = AsyncHTTPClientTransport.classify(failure, request: request, timeout: .seconds(5))
            #expect(error.kind == .timeout)
            #expect(error.retryReason == .timeout)
        }
    }

    @Test func otherFailuresAreConnectionErrors() {
        let error = AsyncHTTPClientTransport.classify(
            HTTPClientError.remoteConnectionClosed, request: request, timeout: .seconds(5))
        #expect(error.kind == .connection)
        #expect(error.message.hasPrefix("GET http://127.0.0.1:9/x failed: "))
    }

    @Test func aRefusedConnectionIsAConnectionError() async {
        let refused = AWSHTTPRequest(
            method: "GET", endpoint: Endpoint(scheme: "http", host: "127.0.0.1", port: 1), path: "/")
        await #expect {
            _ = try await AsyncHTTPClientTransport().send(refused, timeout: .milliseconds(200))
        } throws: { error in
            (error as? AWSError)?.kind == .connection
        }
    }
}
