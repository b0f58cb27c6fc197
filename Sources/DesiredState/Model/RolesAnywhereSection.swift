public import YAML

/// The file's `rolesAnywhere` section settings (its profiles are `Resource`s).
public struct RolesAnywhereSection: Sendable, Hashable {
    /// Where `rolesAnywhere` is written.
    public var location: SourceLocation
    /// The Region override for Roles Anywhere.
    public var region: Located<String>?
    /// The collections whose undeclared resources are deleted (`prune`).
    public var prune: [Located<String>]

    public init(location: SourceLocation, region: Located<String>?, prune: [Located<String>]) {
        self.location = location
        self.region = region
        self.prune = prune
    }
}
