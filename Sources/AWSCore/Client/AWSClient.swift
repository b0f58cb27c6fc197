import Foundation
public import Logging
import SigV4

/// Sends operation calls to AWS: resolves the endpoint, waits for the rate limiter, signs with
/// SigV4, sends with a deadline, and retries in the standard (or adaptive) mode. Protocol encoding
/// and decoding happen around it (`RestJSONClient`, `STSClient`).
///
/// A client is cheap to copy; copies share the retry quota, the adaptive limiter, the rate limiter and the call
/// gate (through which every attempt is sent, and which an interrupt closes).
public struct AWSClient: Sendable {
    public private(set) var configuration: AWSConfiguration
    /// Signs requests; nil sends them unsigned (AssumeRoleWithWebIdentity).
    public let credentials: (any CredentialProvider)?
    public let transport: any HTTPTransport
    public let clock: any AWSClock
    public let retryPolicy: RetryPolicy
    public let rateLimiter: RateLimiter
    /// The deadline of each attempt.
    public let timeout: Duration
    public let logger: Logger
    public let userAgent: String
    /// Admits each attempt, and each wait before one; closed, it refuses them (`CallGate`).
    public let gate: CallGate
    let retryState: RetryState

    public init(
        configuration: AWSConfiguration,
        credentials: (any CredentialProvider)?,
        transport: any HTTPTransport = AsyncHTTPClientTransport(),
        clock: any AWSClock = SystemClock(),
        random: any RandomSource = SystemRandomSource(),
        rateLimiter: RateLimiter? = nil,
        timeout: Duration = .seconds(60),
        logger: Logger = Logger(label: "warden.aws"),
        userAgent: String = "warden",
        gate: CallGate = CallGate()
    ) {
        self.configuration = configuration
        self.credentials = credentials
        self.transport = transport
        self.clock = clock
        retryPolicy = RetryPolicy(maxAttempts: configuration.maxAttempts, random: random)
        self.rateLimiter = rateLimiter ?? RateLimiter(limits: .documentedDefaults, clock: clock)
        self.timeout = timeout
        self.logger = logger
        self.userAgent = userAgent
        self.gate = gate
        retryState = RetryState(adaptive: configuration.retryMode == .adaptive, now: clock.now().seconds)
    }

    /// The same client for resources in `region`: it shares the credentials, the transport, the rate limiter
    /// (whose buckets are per region already) and the retry quota.
    public func inRegion(_ region: String) -> AWSClient {
        guard region != configuration.region else { return self }
        var copy = self
        copy.configuration = configuration.inRegion(region)
        return copy
    }

    /// Sends `request` and returns the successful (2xx) response; any other answer is decoded by
    /// `decodeError` and thrown once retries are over.
    ///
    /// Each attempt, and each wait before one, passes the gate. When it is closed, the call ends with
    /// `AWSError.interrupted` if nothing of it was carried out; a retry it refuses after an attempt that may
    /// have been applied ends the call with that attempt's error instead, so that no caller takes a write that
    /// may have happened for one that did not.
    public func send(
        _ request: AWSRequest,
        decodeError: (AWSHTTPResponse) -> AWSError
    ) async throws(AWSError) -> AWSHTTPResponse {
        let resolved = try configuration.endpoint(for: request.service)
        let label = "\(request.service.serviceId).\(request.operation)"
        let redactor = Redactor(extraKeys: request.sensitiveKeys)
        var attempt = 1
        var retryCost: Int?
        /// The error of the attempt before this one, when this one is a retry.
        var previous: AWSError?
        func refused(_ error: AWSError) -> AWSError {
            guard error.isInterruption else { return error }
            if let previous, previous.mayHaveBeenApplied { return previous }
            var refusal = error
            refusal.operation = label
            return refusal
        }
        while true {
            // However the attempt ends, the limiter learns when (the first of a burst starts its refilling).
            let admission = rateLimiter.reserve(
                service: request.service, region: resolved.signingRegion, operation: request.operation)
            let http: AWSHTTPRequest
            do throws(AWSError) {
                do throws(AWSError) {
                    try await rateLimiter.wait(for: admission) { duration throws(AWSError) in
                        try await gate.pause(for: duration, on: clock)
                    }
                    try await gate.pause(for: retryState.adaptiveDelay(now: clock.now().seconds), on: clock)
                } catch {
                    throw refused(error)
                }
                http = try await prepare(request, endpoint: resolved)
            } catch {
                rateLimiter.answered(admission)
                throw error
            }
            logger.debug(
                "\(label) request, attempt \(attempt) of \(retryPolicy.maxAttempts)\n\(redactor.describe(http))"
            )
            let started = clock.now()
            var error: AWSError
            do throws(AWSError) {
                let response: AWSHTTPResponse
                do {
                    defer { rateLimiter.answered(admission) }
                    response = try await gate.send(http, over: transport, timeout: timeout)
                }
                logger.debug("\(label) response after \(clock.now() - started)\n\(redactor.describe(response))")
                if response.isSuccess {
                    retryState.recordSuccess(retryCost: retryCost, now: clock.now().seconds)
                    return response
                }
                error = decodeError(response)
                error.httpStatus = error.httpStatus ?? response.status
                error.requestId = error.requestId ?? response.requestId
            } catch let failure {
                if failure.isInterruption { throw refused(failure) }
                error = failure
                logger.debug("\(label) failed after \(clock.now() - started): \(failure)")
            }
            error.operation = label
            if !request.retriesAmbiguousFailures && error.mayHaveBeenApplied {
                logger.debug("\(label) not retried: it may have been applied (\(error.code))")
                throw error
            }
            let decision = retryState.decide(
                policy: retryPolicy,
                error: error,
                attempt: attempt,
                retryCost: &retryCost,
                now: clock.now().seconds
            )
            switch decision {
            case .retry(let delay):
                logger.debug("\(label) will retry after \(delay): \(error.code)")
                previous = error
                do throws(AWSError) {
                    try await gate.pause(for: delay, on: clock)
                } catch let failure {
                    throw refused(failure)
                }
                attempt += 1
            case .doNotRetry(let reason):
                if reason != .notRetryable {
                    logger.debug("\(label) not retried (\(reason)) after \(attempt) attempt(s)")
                }
                throw error
            }
        }
    }

    /// Adds `Host` and `User-Agent`, and signs when there are credentials.
    func prepare(_ request: AWSRequest, endpoint resolved: ResolvedEndpoint) async throws(AWSError) -> AWSHTTPRequest {
        var http = AWSHTTPRequest(
            method: request.method,
            endpoint: resolved.endpoint,
            path: request.path,
            query: request.query,
            headers: [HTTPHeader("Host", resolved.endpoint.hostHeader)] + request.headers,
            body: request.body
        )
        if let credentials {
            guard let credential = try await credentials.credential(logger: logger) else {
                throw .credentials("No credentials from \(credentials.name).", code: "NoCredentials")
            }
            let signer = SigV4Signer(
                credentials: credential.signing,
                region: resolved.signingRegion,
                service: request.service.signingName
            )
            let signed = signer.sign(
                SigV4Request(
                    method: http.method,
                    path: http.fullPath,
                    query: http.query,
                    headers: http.headers.map { SigV4Request.Header($0.name, $0.value) },
                    body: http.body
                ),
                date: clock.date()
            )
            http.headers = signed.request.headers.map { HTTPHeader($0.name, $0.value) }
        }
        http.headers.append(HTTPHeader("User-Agent", userAgent))
        return http
    }
}

extension AWSClient {
    /// A client as the command line makes one: the configuration resolved from `--profile`,
    /// `--region` and `--endpoint-url`, the environment and the shared config files; the default
    /// credential chain, cached and refreshed before expiry; the documented rate limits, or `rateLimiter`
    /// when given (a limiter shared with other clients, whose limits then apply instead of `rateLimits`); `gate`
    /// admits its calls and those of the credential chain.
    public init(
        options: AWSOptions,
        fileRegion: String? = nil,
        environment: AWSEnvironment = .process,
        rateLimits: RateLimits = .documentedDefaults,
        rateLimiter: RateLimiter? = nil,
        transport: any HTTPTransport = AsyncHTTPClientTransport(),
        clock: any AWSClock = SystemClock(),
        timeout: Duration = .seconds(60),
        logger: Logger = Logger(label: "warden.aws"),
        gate: CallGate = CallGate()
    ) throws(AWSError) {
        let configuration = try AWSConfiguration(options: options, environment: environment, fileRegion: fileRegion)
        let context = CredentialContext(
            configuration: configuration, transport: transport, clock: clock, timeout: timeout, gate: gate)
        self.init(
            configuration: configuration,
            credentials: RefreshingCredentialProvider(CredentialChain.standard(context: context), clock: clock),
            transport: transport,
            clock: clock,
            rateLimiter: rateLimiter ?? RateLimiter(limits: rateLimits, clock: clock),
            timeout: timeout,
            logger: logger,
            gate: gate
        )
    }
}
