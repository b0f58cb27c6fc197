import Emulator
import Foundation
import Testing

/// The emulator under HTTP no client should send: it answers with AWS's error shapes or closes the connection,
/// keeps serving everyone else, and never crashes. Loopback only; every wait is bounded.
@Suite(.serialized) struct HostileHTTPTests {
    static func withEmulator(_ body: @Sendable (_ port: Int) async throws -> Void) async throws {
        let server = try await EmulatorServer.start(Fixtures.configuration(clock: TestClock(Date())))
        do {
            try await body(server.port)
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    /// An unsigned Connect call: AWS answers it with an error of its own shape.
    static func unsignedCall(_ port: Int) -> String {
        "GET /instance HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
    }

    /// What a well-formed, unsigned call on a new connection gets: AWS's error shape.
    static func probe(_ port: Int) throws -> RawConnection.Answer? {
        let connection = try RawConnection(port: port, timeout: .seconds(10))
        connection.send(unsignedCall(port))
        return connection.readAnswer()
    }

    /// Whether `answer` is AWS's refusal of an unsigned call.
    static func isAWSRefusal(_ answer: RawConnection.Answer?) -> Bool {
        answer?.status == 403 && answer?.headers["x-amzn-errortype"] == "MissingAuthenticationTokenException"
            && answer?.body.contains("\"message\"") == true
    }

    /// What the emulator sends back for `bytes` until it closes the connection (nil: it did neither in time).
    static func sendAndReadUntilClosed(_ bytes: [UInt8], port: Int) throws -> [UInt8]? {
        let connection = try RawConnection(port: port, timeout: .seconds(10))
        connection.send(bytes)
        return connection.readUntilClosed()
    }

    /// Nothing, or an HTTP 4xx answer: what a refused request may get before its connection closes.
    static func isRefusal(_ received: [UInt8]?) -> Bool {
        guard let received else { return false }
        return received.isEmpty || String(decoding: received.prefix(10), as: UTF8.self).hasPrefix("HTTP/1.1 4")
    }

    @Test(arguments: [
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost x\r\n\r\n",
        "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        "GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "\u{0}\u{1}\u{2}\u{FF}\r\n\r\n",
        "GET /" + String(repeating: "a", count: 200_000) + " HTTP/1.1\r\n\r\n",
    ])
    func malformedRequestsAreRefusedOrClosed(request: String) async throws {
        try await Self.withEmulator { port in
            let (received, after) = try await RawConnection.onThread {
                (try Self.sendAndReadUntilClosed(Array(request.utf8), port: port), try Self.probe(port))
            }
            #expect(
                Self.isRefusal(received),
                "answered \(received.map { String(decoding: $0.prefix(40), as: UTF8.self) } ?? "nothing, and did not close")"
            )
            #expect(Self.isAWSRefusal(after))
        }
    }

    @Test func headersTooLargeAreRefusedOrClosed() async throws {
        let oneHuge = "GET /instance HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "b", count: 200_000))\r\n\r\n"
        let many = "GET /instance HTTP/1.1\r\nHost: x\r\n" + (0..<5_000).map { "X-H\($0): v\r\n" }.joined() + "\r\n"
        try await Self.withEmulator { port in
            let (huge, numerous, after) = try await RawConnection.onThread {
                (
                    try Self.sendAndReadUntilClosed(Array(oneHuge.utf8), port: port),
                    try Self.sendAndReadUntilClosed(Array(many.utf8), port: port),
                    try Self.probe(port)
                )
            }
            #expect(Self.isRefusal(huge))
            #expect(Self.isRefusal(numerous))
            #expect(Self.isAWSRefusal(after))
        }
    }

    @Test func aBodyLargerThanDeclaredIsAnsweredAsDeclaredAndTheRestRefused() async throws {
        let body = #"{"Description": "x"}"# + String(repeating: "garbage that is no request ", count: 100)
        let request =
            "PUT /security-profiles/i-1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 20\r\n\r\n\(body)"
        try await Self.withEmulator { port in
            let (answer, rest, after) = try await RawConnection.onThread {
                let connection = try RawConnection(port: port)
                connection.send(request)
                let answer = connection.readAnswer()
                return (answer, connection.readUntilClosed(), try Self.probe(port))
            }
            // The declared 20 bytes make a request AWS refuses (it is unsigned), in AWS's shape; what follows
            // is no request: refused or closed, never taken for one.
            #expect(Self.isAWSRefusal(answer))
            #expect(Self.isRefusal(rest))
            #expect(Self.isAWSRefusal(after))
        }
    }

    @Test func slowLorisClientsDoNotStopOthersBeingServed() async throws {
        try await Self.withEmulator { port in
            let rounds = try await RawConnection.onThread {
                // Fifty clients that start a request and never finish it, dribbling a byte now and then.
                let lorises = try (0..<50).map { _ in try RawConnection(port: port, timeout: .seconds(2)) }
                for loris in lorises { loris.send("GET /instance HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") }
                return try (0..<5).map { _ in
                    for loris in lorises { loris.send("a") }
                    let started = ContinuousClock.now
                    let answer = try Self.probe(port)
                    return (Self.isAWSRefusal(answer), ContinuousClock.now - started)
                }
            }
            for (served, took) in rounds {
                #expect(served)
                #expect(took < .seconds(5))
            }
        }
    }

    @Test func aThousandConcurrentConnectionsAreAllAnswered() async throws {
        try await Self.withEmulator { port in
            let (answered, after) = try await RawConnection.onThread {
                // All open at once, each with a request sent before any answer is read.
                let connections = try (0..<1_000).map { _ in try RawConnection(port: port, timeout: .seconds(20)) }
                for connection in connections { connection.send(Self.unsignedCall(port)) }
                let answered = connections.filter { Self.isAWSRefusal($0.readAnswer()) }.count
                return (answered, try Self.probe(port))
            }
            #expect(answered == 1_000)
            #expect(Self.isAWSRefusal(after))
        }
    }
}
