/// The faults one request meets, drawn before it is processed.
struct FaultPlan: Sendable, Hashable {
    /// What happens to the request.
    enum Outcome: String, Sendable, Hashable {
        /// Processed and answered normally.
        case none
        /// The connection is closed before the request is processed.
        case dropConnection
        /// Answered 500 without being processed.
        case internalError
        /// Answered 503 without being processed.
        case unavailable
        /// Processed, then the connection is closed instead of answering.
        case dropResponse
    }

    var outcome: Outcome
    var latencyMilliseconds: Int

    static let clean = FaultPlan(outcome: .none, latencyMilliseconds: 0)

    /// Draws the faults of one request: always four draws, so later requests see the same values whatever
    /// this one met.
    static func draw(_ configuration: FaultConfiguration, using random: inout SeededRandom) -> FaultPlan {
        let drop = random.nextUnit()
        let error = random.nextUnit()
        let kind = random.nextUnit()
        let dropResponse = random.nextUnit()
        let outcome: Outcome
        if drop < configuration.dropConnectionRate {
            outcome = .dropConnection
        } else if error < configuration.errorRate {
            outcome = kind < 0.5 ? .internalError : .unavailable
        } else if dropResponse < configuration.dropResponseRate {
            outcome = .dropResponse
        } else {
            outcome = .none
        }
        return FaultPlan(outcome: outcome, latencyMilliseconds: configuration.latencyMilliseconds)
    }
}
