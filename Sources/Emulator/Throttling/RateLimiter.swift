import Foundation

/// Per-account, per-region token buckets, keyed by service and quota bucket, as AWS meters API calls.
struct RateLimiter: Sendable {
    struct Key: Hashable, Sendable {
        var account: String
        var region: String
        var service: String
        var bucket: String
    }

    /// Multiplies every quota (`--quota-scale`).
    var scale: Double
    /// False with `--no-throttle`.
    var enabled: Bool
    private var buckets: [Key: TokenBucket] = [:]

    init(scale: Double, enabled: Bool) {
        self.scale = scale
        self.enabled = enabled
    }

    /// Whether a call of `operation` may proceed at `now`; false means answer `ThrottlingException`.
    mutating func admit(service: String, operation: String, account: String, region: String, now: Date) -> Bool {
        guard enabled, let quota = Quota.aws(service: service, operation: operation)?.scaled(by: scale) else {
            return true
        }
        let key = Key(account: account, region: region, service: service, bucket: quota.bucket)
        var bucket = buckets[key] ?? TokenBucket(rate: quota.ratePerSecond, capacity: quota.burst, now: now)
        let admitted = bucket.take(now: now)
        buckets[key] = bucket
        return admitted
    }

    /// Refills every bucket (used by `reset`).
    mutating func refill() {
        buckets.removeAll()
    }
}
