/// A customer authentication started by a flow's Authenticate Customer block, waiting for (or done with)
/// UpdateParticipantAuthentication. The emulator cannot run flows, so pending states come from the seed.
public struct ParticipantAuthentication: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        /// Waiting for a code or an error.
        case pending
        /// Completed with an authorization code.
        case completed
        /// Completed with an error.
        case failed
    }

    /// The `State` value the flow handed to the customer's browser.
    public var state: String
    public var status: Status

    public init(state: String, status: Status = .pending) {
        self.state = state
        self.status = status
    }
}
