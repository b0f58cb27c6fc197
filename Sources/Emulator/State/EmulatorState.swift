/// Everything the emulator knows that API calls can change: per-region Connect instances and Roles
/// Anywhere profiles, the temporary credentials it has issued, and the Identity Center tokens it accepts.
///
/// A plain `Codable` value: it is what `--state` persists, what `reset` restores from the seed, and what
/// in-process tests inspect.
public struct EmulatorState: Codable, Sendable, Hashable {
    /// Resources by region (`eu-west-2`, ...). A region nobody seeded or wrote to is empty.
    public var regions: [String: RegionState]
    /// Temporary credentials issued by AssumeRole, AssumeRoleWithWebIdentity and IAM Identity Center's
    /// GetRoleCredentials, by access key id.
    public var sessions: [String: STSSession]
    /// The IAM Identity Center access and refresh tokens that are valid.
    public var identityCenterTokens: IdentityCenterTokens

    public init(
        regions: [String: RegionState] = [:],
        sessions: [String: STSSession] = [:],
        identityCenterTokens: IdentityCenterTokens = IdentityCenterTokens()
    ) {
        self.regions = regions
        self.sessions = sessions
        self.identityCenterTokens = identityCenterTokens
    }

    private enum CodingKeys: String, CodingKey {
        case regions, sessions, identityCenterTokens
    }

    /// State files written before the emulator served IAM Identity Center have no tokens: none are valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        regions = try container.decode([String: RegionState].self, forKey: .regions)
        sessions = try container.decode([String: STSSession].self, forKey: .sessions)
        identityCenterTokens =
            try container.decodeIfPresent(IdentityCenterTokens.self, forKey: .identityCenterTokens)
            ?? IdentityCenterTokens()
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
