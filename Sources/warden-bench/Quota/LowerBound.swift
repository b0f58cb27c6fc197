import Emulator

/// The least time any client could take to make a job's calls under AWS's rate quotas: a token bucket of
/// `burst` tokens refilled at `rate` per second lets its k-th call through no sooner than (k - burst) / rate
/// seconds after the first, so a bucket's calls take at least (calls - burst) / rate, and since buckets
/// refill independently the whole takes at least the slowest bucket's time. Latency and the client's own
/// work are left out: this is the floor set by the quotas alone.
///
/// A job may come in phases, each of whose calls can only start once the phase before it has ended: an
/// apply writes nothing until its whole plan is made (so that a read that fails leaves nothing written). A
/// phase ends when its slowest bucket does; each bucket starts the next phase with the tokens it has left
/// then (spent as early as possible, never refilled beyond its burst).
struct LowerBound: Sendable, Hashable {
    /// The calls and time of one rate bucket in one phase.
    struct Bucket: Sendable, Hashable {
        var service: String
        var name: String
        var ratePerSecond: Double
        var burst: Double
        var calls: Int
        /// The tokens it holds when the phase starts (`burst` in a first phase).
        var tokens: Double

        var seconds: Double { max(0, (Double(calls) - tokens) / ratePerSecond) }

        var label: String { "\(service) \(name)" }
    }

    /// The buckets of one phase, slowest first.
    struct Phase: Sendable, Hashable {
        var buckets: [Bucket]

        /// The time of the slowest bucket.
        var seconds: Double { buckets.map(\.seconds).max() ?? 0 }

        /// The bucket that sets the phase's time.
        var limiting: Bucket? { buckets.first }
    }

    var phases: [Phase]

    /// The phases' times, one after the other.
    var seconds: Double { phases.map(\.seconds).reduce(0, +) }

    /// What sets the bound: the slowest bucket of each phase that takes time, in order ("-" when none does).
    var limitingDescription: String {
        let labels = phases.filter { $0.seconds > 0 }.compactMap(\.limiting?.label)
        return labels.isEmpty ? "-" : labels.joined(separator: ", then ")
    }

    /// The bound of `calls` made in one phase under AWS's default quotas multiplied by `quotaScale` (what the
    /// emulator enforces with `--quota-scale`). Operations without a quota (STS) cost nothing.
    init(calls: CallCounts, quotaScale: Double) {
        self.init(phases: [calls], quotaScale: quotaScale)
    }

    /// The bound of `phases` made one after the other.
    init(phases calls: [CallCounts], quotaScale: Double) {
        var tokens: [String: Double] = [:]
        var phases: [Phase] = []
        var quotas: [String: (service: String, quota: Quota)] = [:]
        for phaseCalls in calls {
            var buckets: [String: Bucket] = [:]
            for (key, count) in phaseCalls where count > 0 {
                guard let quota = Quota.aws(service: key.service, operation: key.operation)?.scaled(by: quotaScale)
                else { continue }
                let id = key.service + "/" + quota.bucket
                quotas[id] = (key.service, quota)
                buckets[
                    id,
                    default: Bucket(
                        service: key.service, name: quota.bucket, ratePerSecond: quota.ratePerSecond,
                        burst: quota.burst, calls: 0, tokens: tokens[id] ?? quota.burst)
                ].calls += count
            }
            let phase = Phase(
                buckets: buckets.values.sorted {
                    ($0.seconds, $1.service, $1.name) > ($1.seconds, $0.service, $0.name)
                })
            // Every bucket refills for the whole phase; those used in it spent their calls first.
            for (id, entry) in quotas {
                let spent = Double(buckets[id]?.calls ?? 0)
                let held = tokens[id] ?? entry.quota.burst
                tokens[id] = min(entry.quota.burst, held - spent + phase.seconds * entry.quota.ratePerSecond)
            }
            phases.append(phase)
        }
        self.phases = phases
    }
}
