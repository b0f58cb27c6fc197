import Logging

/// What credential providers that call out (STS, the container endpoint, IMDS) need: the resolved
/// configuration, the transport and the clock, and the gate that admits their requests.
public struct CredentialContext: Sendable {
    public var configuration: AWSConfiguration
    public var transport: any HTTPTransport
    public var clock: any AWSClock
    /// Per-request deadline for STS calls.
    public var timeout: Duration
    /// Admits every request of the providers (`CallGate`).
    public var gate: CallGate

    public init(
        configuration: AWSConfiguration,
        transport: any HTTPTransport,
        clock: any AWSClock = SystemClock(),
        timeout: Duration = .seconds(30),
        gate: CallGate = CallGate()
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.timeout = timeout
        self.gate = gate
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
                logger: logger,
                gate: gate
            )
        )
    }
}
