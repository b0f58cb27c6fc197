import AWSCore
import Logging
import Reconcile

/// How a command reaches AWS: the AWS CLI's options, the environment, the client-side rate limits and
/// the logger (`--debug` turns on request and response logging, secrets redacted).
public struct AWSAccess: Sendable {
    public var options: AWSOptions
    public var environment: AWSEnvironment
    public var rateLimits: RateLimits
    public var logger: Logger

    public init(
        options: AWSOptions = AWSOptions(),
        environment: AWSEnvironment = .process,
        rateLimits: RateLimits = .documentedDefaults,
        logger: Logger = AWSAccess.logger(debug: false)
    ) {
        self.options = options
        self.environment = environment
        self.rateLimits = rateLimits
        self.logger = logger
    }

    /// The clients, with the desired-state file's region as the default when nothing else names one.
    public func clients(fileRegion: String?) throws(AWSError) -> AWSClients {
        AWSClients(
            try AWSClient(
                options: options,
                fileRegion: fileRegion,
                environment: environment,
                rateLimits: rateLimits,
                logger: logger
            )
        )
    }

    /// A logger to standard error: warnings only, or everything with `--debug`.
    public static func logger(debug: Bool) -> Logger {
        var logger = Logger(label: "warden") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = debug ? .debug : .warning
        return logger
    }
}
