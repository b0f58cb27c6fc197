import AWSModel
import AsyncHTTPClient
import Emulator
import Foundation
import NIOCore
import NIOHTTP1
import SigV4
import Testing

@Suite struct EmulatorServerTests {
    /// Sends `request` (signed for `host`) to the server over HTTP.
    func send(_ request: EmulatorRequest, to server: EmulatorServer, timeout: Int64 = 10) async throws -> (Int, String)
    {
        var outgoing = HTTPClientRequest(
            url: server.url + request.path + (request.query.isEmpty ? "" : "?" + request.query))
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers where header.name.lowercased() != "host" {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if !request.body.isEmpty { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }
        let response = try await HTTPClient.shared.execute(outgoing, timeout: .seconds(timeout))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: body))
    }

    func client(for server: EmulatorServer) -> TestClient {
        var client = TestClient()
        client.host = String(server.url.dropFirst("http://".count))
        return client
    }

    @Test func startsOnAnEphemeralLoopbackPortAndStops() async throws {
        let server = try await EmulatorServer.start(Fixtures.configuration(clock: TestClock(Date())))
        #expect(server.port > 0)
        #expect(server.url == "http://127.0.0.1:\(server.port)")
        let request = client(for: server).request(
            .connect, "DescribeInstance", ["InstanceId": .string(Fixtures.prodId)], at: Date())
        let (status, body) = try await send(request, to: server)
        #expect(status == 200)
        #expect(body.contains("\"InstanceAlias\":\"acme-prod\""))
        #expect(await server.engine.callLog().map(\.operation) == ["DescribeInstance"])
        try await server.stop()
        // The client retries a refused connection until its deadline: one second is plenty on loopback.
        await #expect(throws: (any Error).self) { try await send(request, to: server, timeout: 1) }
    }

    @Test func servesAllThreeServicesOnOnePort() async throws {
        let server = try await EmulatorServer.start(Fixtures.configuration(clock: TestClock(Date())))
        let client = client(for: server)
        let connect = try await send(client.request(.connect, "ListInstances", at: Date()), to: server)
        let roles = try await send(client.request(.rolesAnywhere, "ListProfiles", at: Date()), to: server)
        let sts = try await send(client.sts("GetCallerIdentity", at: Date()), to: server)
        #expect([connect.0, roles.0, sts.0] == [Int](repeating: 200, count: 3))
        #expect(
            await server.engine.callLog().map { "\($0.service ?? "") \($0.operation ?? "")" } == [
                "connect ListInstances", "rolesanywhere ListProfiles", "sts GetCallerIdentity",
            ])
        try await server.stop()
    }

    @Test func aDroppedConnectionReachesTheClientAsAnError() async throws {
        let server = try await EmulatorServer.start(
            Fixtures.configuration(clock: TestClock(Date()), faults: FaultConfiguration(dropConnectionRate: 1)))
        let request = client(for: server).request(.connect, "ListInstances", at: Date())
        await #expect(throws: (any Error).self) { try await send(request, to: server) }
        #expect(await server.engine.callLog().map(\.fault) == ["dropConnection"])
        try await server.stop()
    }

    @Test func stopWritesTheStateFile() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        let server = try await EmulatorServer.start(Fixtures.configuration(clock: TestClock(Date()), statePath: path))
        try await server.stop()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aPortInUseIsAnError() async throws {
        let first = try await EmulatorServer.start(Fixtures.configuration(clock: TestClock(Date())))
        var configuration = Fixtures.configuration(clock: TestClock(Date()))
        configuration.port = first.port
        await #expect(throws: EmulatorError.self) { try await EmulatorServer.start(configuration) }
        try await first.stop()
    }
}
