public import Foundation
public import Logging

/// How an emulator runs: the same settings as `warden-emulator`'s options.
public struct EmulatorConfiguration: Sendable {
    /// Where to listen. Only loopback addresses are accepted.
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    public var seed: EmulatorSeed
    /// With a path, state is loaded from it at start (when it exists) and written to it, atomically, after
    /// every change and at shutdown.
    public var statePath: String?
    /// Multiplies every request-rate quota (`--quota-scale`); 100 makes tests fast but still throttled.
    public var quotaScale: Double
    /// False disables throttling (`--no-throttle`).
    public var throttling: Bool
    public var faults: FaultConfiguration
    /// Seeds fault injection and generated ids (`--seed`): the same seed and requests give the same run.
    public var randomSeed: UInt64
    /// The clock signatures, timestamps and quotas are read from.
    public var clock: @Sendable () -> Date
    public var logger: Logger

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        seed: EmulatorSeed = EmulatorSeed(),
        statePath: String? = nil,
        quotaScale: Double = 1,
        throttling: Bool = true,
        faults: FaultConfiguration = .none,
        randomSeed: UInt64 = 0,
        clock: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "warden-emulator")
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.statePath = statePath
        self.quotaScale = quotaScale
        self.throttling = throttling
        self.faults = faults
        self.randomSeed = randomSeed
        self.clock = clock
        self.logger = logger
    }

    /// Everything wrong with the settings, one message each.
    public var problems: [String] {
        var problems = faults.problems
        if !Self.isLoopback(host) {
            problems.append("--host must be a loopback address (127.0.0.1, ::1 or localhost), got \(host)")
        }
        if !(0...65535).contains(port) { problems.append("--port must be between 0 and 65535, got \(port)") }
        if !(quotaScale > 0) || !quotaScale.isFinite {
            problems.append("--quota-scale must be a positive number, got \(quotaScale)")
        }
        return problems
    }

    /// Whether `host` is a loopback address: `localhost`, `::1` or any 127.x.y.z.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127"
            && octets.allSatisfy { octet in
                !octet.isEmpty && octet.allSatisfy { $0.isASCII && $0.isNumber } && (Int(octet) ?? 256) <= 255
            }
    }
}
