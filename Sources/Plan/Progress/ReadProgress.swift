/// How far a read has got, for a progress line: each List of a collection, then each resource read. Plain
/// data: `ReadProgressView` (module Render) decides when and how it is shown.
public struct ReadProgress: Sendable, Equatable {
    public enum Step: String, Sendable {
        /// A collection was listed (`connect.prod.securityProfiles`).
        case listed
        /// A resource's managed fields were read.
        case read
    }

    public var step: Step
    /// The collection or resource just finished.
    public var address: String
    /// How many of this step are done, this one included.
    public var completed: Int
    public var total: Int

    public init(step: Step, address: String, completed: Int, total: Int) {
        self.step = step
        self.address = address
        self.completed = completed
        self.total = total
    }
}
