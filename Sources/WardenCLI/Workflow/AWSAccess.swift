public import AWSCore
public import Logging
public import Reconcile

/// How a command reaches AWS: the AWS CLI's options, the environment, the client-side rate limits and
/// the logger (`--debug` turns on request and response logging, secrets redacted).
///
/// Every client made from one access shares one rate limiter, so the apply that follows a plan in the same
/// process (`warden apply FILE`) starts from the buckets the plan drained, as AWS's do, instead of from
/// full ones that AWS would answer with throttling. They share one `CallGate` too: closing it (an interrupt)
/// stops every call the command would make next.
public struct AWSAccess: Sendable {
    public var options: AWSOptions
    public var environment: AWSEnvironment
    public var rateLimits: RateLimits {
        didSet { rateLimiter = RateLimiter(limits: rateLimits) }
    }
    public var logger: Logger
    /// The limiter of `rateLimits` that every client made from this access shares.
    public private(set) var rateLimiter: RateLimiter
    /// Admits every request of every client made from this access.
    public let gate: CallGate

    public init(
        options: AWSOptions = AWSOptions(),
        environment: AWSEnvironment = .process,
        rateLimits: RateLimits = .documentedDefaults,
        logger: Logger = AWSAccess.logger(debug: false),
        gate: CallGate = CallGate()
    ) {
        self.options = options
        self.environment = environment
        self.rateLimits = rateLimits
        self.logger = logger
        rateLimiter = RateLimiter(limits: rateLimits)
        self.gate = gate
    }

    /// The clients, with the desired-state file's region as the default when nothing else names one.
    public func clients(fileRegion: String?) throws(AWSError) -> AWSClients {
        AWSClients(
            try AWSClient(
                options: options,
                fileRegion: fileRegion,
                environment: environment,
                rateLimiter: rateLimiter,
                logger: logger,
                gate: gate
            )
        )
    }

    /// A logger to standard error (sensitive values hidden): warnings only, or everything with `--debug`.
    public static func logger(debug: Bool) -> Logger {
        var logger = Logger(label: "warden") { ConsoleLogHandler(label: $0) }
        logger.logLevel = debug ? .debug : .warning
        return logger
    }
}
