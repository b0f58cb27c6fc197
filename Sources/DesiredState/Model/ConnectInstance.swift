public import YAML

/// An Amazon Connect instance declared in the file, and which of its collections opt in to pruning.
public struct ConnectInstance: Sendable, Hashable {
    /// How the file selects the live instance.
    public enum Selector: Sendable, Hashable {
        case id(String)
        case alias(String)
    }

    /// The logical name (the key under `connect`).
    public var key: String
    public var address: Address
    /// Where the logical name is written.
    public var location: SourceLocation
    public var selector: Located<Selector>
    /// The instance's Region override.
    public var region: Located<String>?
    /// The collections whose undeclared resources are deleted (`prune`).
    public var prune: [Located<String>]

    public init(
        key: String, location: SourceLocation, selector: Located<Selector>, region: Located<String>?,
        prune: [Located<String>]
    ) {
        self.key = key
        self.address = .connectInstance(key)
        self.location = location
        self.selector = selector
        self.region = region
        self.prune = prune
    }
}
