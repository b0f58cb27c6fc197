/// Everything the emulator knows that API calls can change: per-region Connect instances and Roles
/// Anywhere profiles, and the temporary credentials its STS has issued.
///
/// A plain `Codable` value: it is what `--state` persists, what `reset` restores from the seed, and what
/// in-process tests inspect.
public struct EmulatorState: Codable, Sendable, Hashable {
    /// Resources by region (`eu-west-2`, ...). A region nobody seeded or wrote to is empty.
    public var regions: [String: RegionState]
    /// Temporary credentials issued by AssumeRole and AssumeRoleWithWebIdentity, by access key id.
    public var sessions: [String: STSSession]

    public init(regions: [String: RegionState] = [:], sessions: [String: STSSession] = [:]) {
        self.regions = regions
        self.sessions = sessions
    }

    /// The resources of `region` (empty when there are none).
    public subscript(region region: String) -> RegionState {
        get { regions[region] ?? RegionState() }
        set { regions[region] = newValue }
    }
}

/// The resources of one account in one region.
public struct RegionState: Codable, Sendable, Hashable {
    /// In creation order, which is the order ListInstances returns.
    public var connectInstances: [ConnectInstance]
    /// In creation order, which is the order ListProfiles returns.
    public var rolesAnywhereProfiles: [RolesAnywhereProfile]

    public init(connectInstances: [ConnectInstance] = [], rolesAnywhereProfiles: [RolesAnywhereProfile] = []) {
        self.connectInstances = connectInstances
        self.rolesAnywhereProfiles = rolesAnywhereProfiles
    }
}
