/// A request rate: a steady `ratePerSecond` and a `burst` (the bucket size).
public struct RateQuota: Sendable, Hashable, CustomStringConvertible {
    public var ratePerSecond: Double
    public var burst: Int

    public init(ratePerSecond: Double, burst: Int) {
        precondition(ratePerSecond > 0 && burst >= 1, "a rate quota needs a positive rate and a burst of at least 1")
        self.ratePerSecond = ratePerSecond
        self.burst = burst
    }

    /// Parses `rate` or `rate/burst` (`2/5`, `0.5`); a missing burst is the rate rounded up.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let rate = Double(parts[0]), rate > 0, rate.isFinite else { return nil }
        let burst: Int
        if parts.count == 2 {
            guard let value = Int(parts[1]), value >= 1 else { return nil }
            burst = value
        } else {
            burst = max(1, Int(rate.rounded(.up)))
        }
        self.init(ratePerSecond: rate, burst: burst)
    }

    public var description: String {
        let rate = ratePerSecond == ratePerSecond.rounded() ? String(Int(ratePerSecond)) : String(ratePerSecond)
        return "\(rate)/\(burst)"
    }
}
