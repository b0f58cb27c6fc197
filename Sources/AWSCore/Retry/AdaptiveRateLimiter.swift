import Foundation

/// The client-side rate limiter of the `adaptive` retry mode (botocore's `ClientRateLimiter`): off
/// until the first throttling error, then a token bucket whose rate drops by `beta` at each
/// throttle and grows back along a CUBIC curve on success, never above twice the measured send rate.
///
/// Times are seconds on the client's monotonic clock.
public struct AdaptiveRateLimiter: Sendable, Hashable {
    static let minimumFillRate = 0.5
    static let beta = 0.7
    static let scaleConstant = 0.4
    static let smoothing = 0.8
    static let measurementBucket = 0.5

    public private(set) var isEnabled = false
    /// Requests per second the bucket refills at, once enabled.
    public private(set) var fillRate = 0.5
    private var maxCapacity = 1.0
    private var capacity = 0.0
    private var lastRefill: Double?
    private var lastMaxRate = 0.5
    private var lastThrottle: Double
    private var measuredRate = 0.0
    private var requestCount = 0.0
    private var lastMeasurement: Double

    public init(now: Double) {
        lastThrottle = now
        lastMeasurement = (now / Self.measurementBucket).rounded(.down) * Self.measurementBucket
    }

    /// Takes a token; returns how long to wait before sending (zero while not enabled).
    public mutating func acquire(now: Double) -> Double {
        guard isEnabled else { return 0 }
        refill(now: now)
        capacity -= 1
        return capacity >= 0 ? 0 : -capacity / fillRate
    }

    /// Records the outcome of a response received at `now`.
    public mutating func record(throttled: Bool, now: Double) {
        let measured = measure(now: now)
        let newRate: Double
        if throttled {
            let rateToUse = isEnabled ? min(measured, fillRate) : measured
            lastMaxRate = rateToUse
            lastThrottle = now
            newRate = rateToUse * Self.beta
            isEnabled = true
        } else {
            let zeroPoint = cbrt(lastMaxRate * (1 - Self.beta) / Self.scaleConstant)
            let elapsed = now - lastThrottle - zeroPoint
            newRate = Self.scaleConstant * elapsed * elapsed * elapsed + lastMaxRate
        }
        setRate(min(newRate, 2 * measured), now: now)
    }

    private mutating func setRate(_ rate: Double, now: Double) {
        refill(now: now)
        fillRate = max(rate, Self.minimumFillRate)
        maxCapacity = max(rate, 1)
        capacity = min(capacity, maxCapacity)
    }

    private mutating func refill(now: Double) {
        if let lastRefill {
            capacity = min(maxCapacity, capacity + (now - lastRefill) * fillRate)
        }
        lastRefill = now
    }

    /// The smoothed send rate, measured in half-second buckets.
    private mutating func measure(now: Double) -> Double {
        let bucket = (now / Self.measurementBucket).rounded(.down) * Self.measurementBucket
        requestCount += 1
        if bucket > lastMeasurement {
            let current = requestCount / (bucket - lastMeasurement)
            measuredRate = current * Self.smoothing + measuredRate * (1 - Self.smoothing)
            requestCount = 0
            lastMeasurement = bucket
        }
        return measuredRate
    }
}
