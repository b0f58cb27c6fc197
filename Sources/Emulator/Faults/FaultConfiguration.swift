/// Injected misbehaviour: how the emulator imitates a slow or failing AWS endpoint.
///
/// Every API request draws its faults from a generator seeded with `seed`, in a fixed number of draws per
/// request, so the same sequence of requests meets the same faults on every run.
public struct FaultConfiguration: Sendable, Hashable, Codable {
    /// Added before every API response, in milliseconds.
    public var latencyMilliseconds: Int
    /// Probability of answering 500 or 503 (half each) without looking at the request.
    public var errorRate: Double
    /// Probability of closing the connection without answering and without applying the request.
    public var dropConnectionRate: Double
    /// Probability of applying the request, then closing the connection without answering.
    public var dropResponseRate: Double

    public init(
        latencyMilliseconds: Int = 0,
        errorRate: Double = 0,
        dropConnectionRate: Double = 0,
        dropResponseRate: Double = 0
    ) {
        self.latencyMilliseconds = latencyMilliseconds
        self.errorRate = errorRate
        self.dropConnectionRate = dropConnectionRate
        self.dropResponseRate = dropResponseRate
    }

    /// No faults at all.
    public static let none = FaultConfiguration()

    /// Problems with the values, one message each (rates must be probabilities, latency not negative).
    public var problems: [String] {
        var problems: [String] = []
        if latencyMilliseconds < 0 { problems.append("latency must not be negative, got \(latencyMilliseconds)") }
        for (name, rate) in [
            ("error rate", errorRate), ("drop-connection rate", dropConnectionRate),
            ("drop-response rate", dropResponseRate),
        ] where !(0...1).contains(rate) {
            problems.append("\(name) must be between 0 and 1, got \(rate)")
        }
        return problems
    }
}
