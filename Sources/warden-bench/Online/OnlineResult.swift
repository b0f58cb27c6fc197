/// One timed run against the emulator: how long it took, what it called, and the best any client could do.
struct OnlineResult: Sendable {
    var name: String
    var seconds: Double
    /// The calls the emulator logged.
    var log: CallLogSummary
    /// The fewest calls the job needs, and the quota floor they set.
    var minimal: CallCounts
    var bound: LowerBound

    /// Wall time over the lower bound.
    var ratio: Double { bound.seconds > 0 ? seconds / bound.seconds : 0 }
}
