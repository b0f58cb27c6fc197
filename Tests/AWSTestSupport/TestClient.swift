public import AWSCore
import Foundation

/// An `AWSClient` for tests: region `eu-west-2`, no shared config files, fixed credentials, the
/// given transport, clock and gate, no rate limits, no jitter.
public func makeTestClient(
    transport: any HTTPTransport,
    clock: TestClock = TestClock(),
    variables: [String: String] = [:],
    gate: CallGate = CallGate(),
    rateLimits: RateLimits = .unlimited
) throws -> AWSClient {
    let configuration = try AWSConfiguration(
        options: AWSOptions(region: "eu-west-2"),
        environment: AWSEnvironment(variables),
        sharedConfig: SharedConfig(configFile: nil, credentialsFile: nil)
    )
    return AWSClient(
        configuration: configuration,
        credentials: StaticCredentialProvider(
            Credential(
                accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", source: "test")
        ),
        transport: transport,
        clock: clock,
        random: FixedRandom([0]),
        rateLimiter: RateLimiter(limits: rateLimits, clock: clock),
        gate: gate
    )
}
