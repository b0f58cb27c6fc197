/// Holds a client's token buckets (one per service, region and bucket name) and makes each request
/// wait its turn, so a large plan runs at the quota instead of into it.
public final class RateLimiter: Sendable {
    /// How much later than the client AWS may see the first request of a burst (`TokenBucket`): a TLS
    /// handshake or a queue for connections, with room to spare.
    public static let defaultArrivalAllowance = Duration.milliseconds(250)

    public let limits: RateLimits
    public let arrivalAllowance: Duration
    private let clock: any AWSClock
    private let buckets = Locked<[String: TokenBucket]>([:])

    public init(
        limits: RateLimits = .documentedDefaults,
        clock: any AWSClock = SystemClock(),
        arrivalAllowance: Duration = RateLimiter.defaultArrivalAllowance
    ) {
        self.limits = limits
        self.clock = clock
        self.arrivalAllowance = arrivalAllowance
    }

    /// How long a request for `operation` must wait; the token is taken (reserved) at once.
    public func reserve(service: AWSService, region: String, operation: String) -> Duration {
        guard let (name, quota) = limits.bucket(service: service.serviceId, operation: operation) else { return .zero }
        let key = "\(service.serviceId)/\(region)/\(name)"
        let now = clock.now()
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? TokenBucket(quota: quota, arrivalAllowance: arrivalAllowance)
            let wait = bucket.reserve(at: now)
            buckets[key] = bucket
            return wait
        }
    }

    /// Waits until a request for `operation` may be sent.
    public func wait(service: AWSService, region: String, operation: String) async throws {
        try await clock.sleep(for: reserve(service: service, region: region, operation: operation))
    }
}
