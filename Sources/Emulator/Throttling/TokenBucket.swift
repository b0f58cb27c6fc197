import Foundation

/// A token bucket: `capacity` tokens (the burst), refilled at `rate` tokens per second; a request takes one.
struct TokenBucket: Sendable, Hashable {
    let rate: Double
    let capacity: Double
    private(set) var tokens: Double
    private var updated: Date

    init(rate: Double, capacity: Double, now: Date) {
        self.rate = rate
        self.capacity = capacity
        tokens = capacity
        updated = now
    }

    /// Takes a token if one is available at `now`.
    mutating func take(now: Date) -> Bool {
        let elapsed = max(0, now.timeIntervalSince(updated))
        tokens = min(capacity, tokens + elapsed * rate)
        updated = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
