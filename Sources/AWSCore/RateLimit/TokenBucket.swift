/// A token bucket: `burst` tokens at most, refilled at `ratePerSecond`. `reserve` takes a token
/// now or reserves the next one, so concurrent callers queue in order and each learns how long to
/// wait. Times are on the client's monotonic clock.
///
/// AWS meters a request when it arrives, which is some time after the client let it go (a connection's
/// handshake, a queue for connections behind other requests); and AWS's bucket, full until then, refills from
/// the first request of a burst that arrives. So when a burst starts from a full bucket, the client does not
/// refill its own until the first answer to a request of that burst (`answered`): that request had arrived by
/// then, so AWS's bucket holds at least the tokens the client counts on. Requests beyond the burst made before
/// that answer wait for it (`Wait.afterFirstAnswer`). In a steady stream the client refills as it goes.
public struct TokenBucket: Sendable, Hashable {
    public let quota: RateQuota
    public private(set) var tokens: Double
    /// Counts the bursts from full, so that the answer to a request of an earlier one is not taken for this one's.
    public private(set) var generation: UInt64 = 0
    /// When the current burst's refilling started (its first answer).
    public private(set) var refillStarted: Duration?
    /// The time up to which `tokens` counts the refill; nil while full and unused, or awaiting a first answer.
    private var refilledUntil: Duration?

    /// Whether a burst from full awaits its first answer: no refilling until then.
    public var awaitsFirstAnswer: Bool { generation > 0 && refilledUntil == nil }

    /// How long a reservation must wait before its request is sent.
    public enum Wait: Sendable, Hashable {
        case none
        case duration(Duration)
        /// Until the burst's first answer, then `tokensAhead / ratePerSecond` more.
        case afterFirstAnswer(tokensAhead: Double)
    }

    /// A reserved token: how long to wait for it, and the burst it belongs to.
    public struct Reservation: Sendable, Hashable {
        public var wait: Wait
        public var generation: UInt64
    }

    public init(quota: RateQuota) {
        self.quota = quota
        tokens = Double(quota.burst)
    }

    /// Takes one token at `now`; says how long the caller must wait before sending.
    public mutating func reserve(at now: Duration) -> Reservation {
        if let refilledUntil, now > refilledUntil {
            tokens = min(Double(quota.burst), tokens + (now - refilledUntil).seconds * quota.ratePerSecond)
            self.refilledUntil = now
        }
        // (A burst awaiting its first answer has spent a token and refilled none, so it is never full.)
        if tokens >= Double(quota.burst) {
            // A burst from full: AWS refills from when its first request arrives, known once one is answered.
            generation += 1
            refilledUntil = nil
            refillStarted = nil
        }
        tokens -= 1
        let wait: Wait
        if tokens >= 0 {
            wait = .none
        } else if let refilledUntil {
            wait = .duration(max(.zero, refilledUntil - now) + .seconds(fractional: -tokens / quota.ratePerSecond))
        } else {
            wait = .afterFirstAnswer(tokensAhead: -tokens)
        }
        return Reservation(wait: wait, generation: generation)
    }

    /// Records an answer (or a failure) at `now` to a request of burst `generation`: the first of the current
    /// burst starts the refilling.
    public mutating func answered(generation: UInt64, at now: Duration) {
        guard awaitsFirstAnswer, generation == self.generation else { return }
        refilledUntil = now
        refillStarted = now
    }

    /// How much longer a reservation that waits `afterFirstAnswer` must wait at `now`: nil while its burst awaits
    /// its first answer; zero once a later burst has started (it can only start once this one's tokens are back).
    public func remaining(_ reservation: Reservation, at now: Duration) -> Duration? {
        guard case .afterFirstAnswer(let ahead) = reservation.wait else { return .zero }
        guard reservation.generation == generation else { return .zero }
        guard let refillStarted else { return nil }
        return max(.zero, refillStarted + .seconds(fractional: ahead / quota.ratePerSecond) - now)
    }
}
