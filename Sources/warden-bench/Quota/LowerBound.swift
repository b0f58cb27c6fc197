import Emulator

/// The least time any client could take to make a set of calls under AWS's rate quotas: a token bucket of
/// `burst` tokens refilled at `rate` per second lets its k-th call through no sooner than (k - burst) / rate
/// seconds after the first, so a bucket's calls take at least (calls - burst) / rate, and since buckets
/// refill independently the whole takes at least the slowest bucket's time. Latency and the client's own
/// work are left out: this is the floor set by the quotas alone.
struct LowerBound: Sendable, Hashable {
    /// The calls and time of one rate bucket.
    struct Bucket: Sendable, Hashable {
        var service: String
        var name: String
        var ratePerSecond: Double
        var burst: Double
        var calls: Int

        var seconds: Double { max(0, (Double(calls) - burst) / ratePerSecond) }
    }

    /// Every bucket the calls draw from, slowest first.
    var buckets: [Bucket]

    /// The time of the slowest bucket.
    var seconds: Double { buckets.map(\.seconds).max() ?? 0 }

    /// The bucket that sets the bound.
    var limiting: Bucket? { buckets.first }

    /// The bound of `calls` under AWS's default quotas multiplied by `quotaScale` (what the emulator
    /// enforces with `--quota-scale`). Operations without a quota (STS) cost nothing.
    init(calls: CallCounts, quotaScale: Double) {
        var buckets: [String: Bucket] = [:]
        for (key, count) in calls where count > 0 {
            guard let quota = Quota.aws(service: key.service, operation: key.operation)?.scaled(by: quotaScale) else {
                continue
            }
            let id = key.service + "/" + quota.bucket
            buckets[
                id,
                default: Bucket(
                    service: key.service, name: quota.bucket, ratePerSecond: quota.ratePerSecond, burst: quota.burst,
                    calls: 0)
            ].calls += count
        }
        self.buckets = buckets.values.sorted { ($0.seconds, $1.service, $1.name) > ($1.seconds, $0.service, $0.name) }
    }
}
