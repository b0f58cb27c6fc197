/// A flow module of a Connect instance (`ContactFlowModuleSummary`), as far as ListContactFlowModules
/// shows it: the emulator holds flow modules only so that they can be listed.
public struct ContactFlowModule: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    /// `ACTIVE` or `ARCHIVED`.
    public var state: String

    public init(id: String, name: String, state: String = "ACTIVE") {
        self.id = id
        self.name = name
        self.state = state
    }
}
