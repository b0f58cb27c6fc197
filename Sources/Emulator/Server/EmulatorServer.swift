import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// A running emulator: the engine on an HTTP port of the loopback interface.
///
/// ```swift
/// let server = try await EmulatorServer.start(EmulatorConfiguration(seed: seed))
/// defer { Task { try await server.stop() } }
/// // point clients at server.url with the seed's credentials, then:
/// let calls = await server.engine.callLog()
/// ```
public final class EmulatorServer: Sendable {
    /// The engine: call log, state, reset.
    public let engine: EmulatorEngine
    /// The port listened on (the one the system picked when the configuration said 0).
    public let port: Int
    /// `http://127.0.0.1:PORT`, the endpoint URL to give clients.
    public let url: String

    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    private init(engine: EmulatorEngine, port: Int, url: String, group: ServiceGroup, task: Task<Void, any Error>) {
        self.engine = engine
        self.port = port
        self.url = url
        self.group = group
        self.task = task
    }

    /// Starts serving and returns once the port is open.
    ///
    /// - Parameter handleSignals: stop gracefully on SIGINT and SIGTERM (the executable does; tests don't).
    public static func start(_ configuration: EmulatorConfiguration, handleSignals: Bool = false)
        async throws(EmulatorError) -> EmulatorServer
    {
        let engine = try EmulatorEngine(configuration: configuration)
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host.trimmingBrackets
        let (ports, continuation) = AsyncThrowingStream<Int, any Error>.makeStream()
        let application = Application(
            responder: EmulatorResponder(engine: engine),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? configuration.port) },
            logger: configuration.logger
        )
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: application)],
                gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
                logger: configuration.logger
            )
        )
        let task = Task {
            do {
                try await group.run()
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
                throw error
            }
        }
        do {
            for try await port in ports {
                let authority = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
                return EmulatorServer(engine: engine, port: port, url: "http://\(authority)", group: group, task: task)
            }
        } catch {
            throw EmulatorError(["cannot listen on \(host):\(configuration.port): \(error)"])
        }
        throw EmulatorError(["the server stopped before it listened on \(host):\(configuration.port)"])
    }

    /// Stops serving (letting requests in flight finish) and writes the state file.
    public func stop() async throws(EmulatorError) {
        await group.triggerGracefulShutdown()
        try await waitUntilStopped()
    }

    /// Waits until the server stops (a signal, or `stop()`), then writes the state file.
    public func waitUntilStopped() async throws(EmulatorError) {
        do {
            try await task.value
        } catch {
            try await engine.flush()
            throw EmulatorError(["the server failed: \(error)"])
        }
        try await engine.flush()
    }
}

extension String {
    fileprivate var trimmingBrackets: String {
        hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
    }
}
