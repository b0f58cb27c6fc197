/// Holds a client's token buckets (one per service, region and bucket name) and makes each request
/// wait its turn, so a large plan runs at the quota instead of into it.
///
/// A request takes a token (`reserve`), waits as the token says (`wait(for:pausing:)`), and once its attempt
/// has ended, answered or not, says so (`answered`): the first answer of a burst from full is when the
/// bucket starts refilling (`TokenBucket`).
public final class RateLimiter: Sendable {
    /// While a burst from full awaits its first answer, a request beyond it checks again after this long at
    /// first, then twice as long each time, up to `longestPoll`.
    static let firstPoll = Duration.milliseconds(5)
    static let longestPoll = Duration.seconds(1)

    public let limits: RateLimits
    private let clock: any AWSClock
    private let buckets = Locked<[String: TokenBucket]>([:])

    /// One reserved token, or none needed (an operation without a limit).
    public struct Admission: Sendable, Hashable {
        /// The bucket's key; nil when the operation has no limit.
        var bucket: String?
        public var reservation: TokenBucket.Reservation

        static let unlimited = Admission(bucket: nil, reservation: .init(wait: .none, generation: 0))
    }

    public init(limits: RateLimits = .documentedDefaults, clock: any AWSClock = SystemClock()) {
        self.limits = limits
        self.clock = clock
    }

    /// The bucket a request for `operation` in `region` draws from, by key, and its quota; nil when the
    /// operation has no limit.
    public func bucket(service: AWSService, region: String, operation: String) -> (key: String, quota: RateQuota)? {
        limits.bucket(service: service.serviceId, operation: operation).map { name, quota in
            ("\(service.serviceId)/\(region)/\(name)", quota)
        }
    }

    /// Takes a token for a request for `operation`, or reserves the next one.
    public func reserve(service: AWSService, region: String, operation: String) -> Admission {
        guard let (key, quota) = bucket(service: service, region: region, operation: operation) else {
            return .unlimited
        }
        let now = clock.now()
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? TokenBucket(quota: quota)
            let reservation = bucket.reserve(at: now)
            buckets[key] = bucket
            return Admission(bucket: key, reservation: reservation)
        }
    }

    /// Waits, with `pause`, until the admitted request may be sent.
    public func wait(
        for admission: Admission, pausing pause: (Duration) async throws(AWSError) -> Void
    ) async throws(AWSError) {
        switch admission.reservation.wait {
        case .none: return
        case .duration(let duration): try await pause(duration)
        case .afterFirstAnswer:
            var poll = Self.firstPoll
            while true {
                if let remaining = remaining(admission) {
                    try await pause(remaining)
                    return
                }
                try await pause(poll)
                poll = min(poll * 2, Self.longestPoll)
            }
        }
    }

    /// Records that the admitted request's attempt has ended (answered, failed or not sent).
    public func answered(_ admission: Admission) {
        guard let key = admission.bucket else { return }
        let now = clock.now()
        buckets.withLock { $0[key]?.answered(generation: admission.reservation.generation, at: now) }
    }

    /// How much longer the admitted request must wait, or nil while its burst awaits its first answer.
    func remaining(_ admission: Admission) -> Duration? {
        guard let key = admission.bucket else { return .zero }
        let now = clock.now()
        return buckets.withLock { buckets in
            guard let bucket = buckets[key] else { return .zero }
            return bucket.remaining(admission.reservation, at: now)
        }
    }
}
