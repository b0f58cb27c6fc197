/// Everything the emulator knows that API calls can change: each account's per-region Connect instances and
/// Roles Anywhere profiles, the temporary credentials it has issued, and the Identity Center tokens it accepts.
///
/// A plain `Codable` value: it is what `--state` persists, what `reset` restores from the seed, and what
/// in-process tests inspect. `regions` holds the resources of the seed's first account (the only one of a
/// single-account seed), `otherAccounts` those of every other account; `self[account:region:]` reads either.
public struct EmulatorState: Codable, Sendable, Hashable {
    /// The account `regions` belongs to: the seed's first account.
    public var accountId: String
    /// The resources of `accountId` by region (`eu-west-2`, ...). A region nobody seeded or wrote to is empty.
    public var regions: [String: RegionState]
    /// The resources of every other account, by account id, then by region.
    public var otherAccounts: [String: [String: RegionState]]
    /// Temporary credentials issued by AssumeRole, AssumeRoleWithWebIdentity and IAM Identity Center's
    /// GetRoleCredentials, by access key id.
    public var sessions: [String: STSSession]
    /// The IAM Identity Center access and refresh tokens that are valid.
    public var identityCenterTokens: IdentityCenterTokens

    public init(
        accountId: String = EmulatorSeed.defaultAccountId,
        regions: [String: RegionState] = [:],
        otherAccounts: [String: [String: RegionState]] = [:],
        sessions: [String: STSSession] = [:],
        identityCenterTokens: IdentityCenterTokens = IdentityCenterTokens()
    ) {
        self.accountId = accountId
        self.regions = regions
        self.otherAccounts = otherAccounts
        self.sessions = sessions
        self.identityCenterTokens = identityCenterTokens
    }

    private enum CodingKeys: String, CodingKey {
        case accountId, regions, otherAccounts, sessions, identityCenterTokens
    }

    /// State files written before the emulator served IAM Identity Center have no tokens: none are valid.
    /// Those written before it served several accounts have one account: the one `defaultAccountKey` of the
    /// decoder's `userInfo` names (the seed's), else the default account.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        accountId =
            try container.decodeIfPresent(String.self, forKey: .accountId)
            ?? decoder.userInfo[Self.defaultAccountKey] as? String ?? EmulatorSeed.defaultAccountId
        regions = try container.decode([String: RegionState].self, forKey: .regions)
        otherAccounts =
            try container.decodeIfPresent([String: [String: RegionState]].self, forKey: .otherAccounts) ?? [:]
        sessions = try container.decode([String: STSSession].self, forKey: .sessions)
        identityCenterTokens =
            try container.decodeIfPresent(IdentityCenterTokens.self, forKey: .identityCenterTokens)
            ?? IdentityCenterTokens()
    }

    /// The `userInfo` key of the account a state file without `accountId` belongs to.
    public static let defaultAccountKey = CodingUserInfoKey(rawValue: "warden.emulator.defaultAccount")!

    /// The resources of `region` in the first account (empty when there are none).
    public subscript(region region: String) -> RegionState {
        get { regions[region] ?? RegionState() }
        set { regions[region] = newValue }
    }

    /// The resources of `account`, by region (empty for an account nobody seeded or wrote to).
    public subscript(account account: String) -> [String: RegionState] {
        get { account == accountId ? regions : otherAccounts[account] ?? [:] }
        set {
            if account == accountId {
                regions = newValue
            } else {
                otherAccounts[account] = newValue
            }
        }
    }

    /// The resources of `account` in `region` (empty when there are none).
    public subscript(account account: String, region region: String) -> RegionState {
        get { self[account: account][region] ?? RegionState() }
        set { self[account: account][region] = newValue }
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
