import Logging

/// What credential providers that call out (STS, the container endpoint, IMDS) need: the resolved
/// configuration, the transport and the clock.
public struct CredentialContext: Sendable {
    public var configuration: AWSConfiguration
    public var transport: any HTTPTransport
    public var clock: any AWSClock
    /// Per-request deadline for STS calls.
    public var timeout: Duration

    public init(
        configuration: AWSConfiguration,
        transport: any HTTPTransport,
        clock: any AWSClock = SystemClock(),
        timeout: Duration = .seconds(30)
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
    }

    /// An STS client signing with `credentials` (nil: unsigned, for AssumeRoleWithWebIdentity).
    func sts(credentials: Credential?, logger: Logger) -> STSClient {
        STSClient(
            client: AWSClient(
                configuration: configuration,
                credentials: credentials.map(StaticCredentialProvider.init),
                transport: transport,
                clock: clock,
                rateLimiter: RateLimiter(limits: .unlimited, clock: clock),
                timeout: timeout,
                logger: logger
            )
        )
    }
}
