/// What the emulator starts from, and returns to on `POST /_emulator/reset`: the accounts, the credentials
/// each accepts, what their STS and IAM Identity Center may hand out, and the initial resources.
///
/// Most seeds have one account; `accountId`, `credentials`, `roles` and `oidcProviders` are the first
/// account's (the only one of such a seed).
public struct EmulatorSeed: Sendable, Hashable {
    /// The accounts, in seed order; never empty. A request is served in the account of its access key.
    public var accounts: [EmulatorAccount]
    /// The IAM Identity Center users, their roles (in any of the accounts) and the OIDC clients (their tokens
    /// are in `state`). One for all accounts, as an AWS organization has one.
    public var identityCenter: IdentityCenterSeed
    /// The resources at start; `state.accountId` is the first account.
    public var state: EmulatorState

    /// A seed of one account.
    public init(
        accountId: String = EmulatorSeed.defaultAccountId,
        credentials: [EmulatorCredential] = [EmulatorCredential.default],
        roles: [EmulatorRole]? = nil,
        oidcProviders: [String]? = nil,
        identityCenter: IdentityCenterSeed = IdentityCenterSeed(),
        state: EmulatorState = EmulatorState()
    ) {
        self.init(
            accounts: [
                EmulatorAccount(
                    accountId: accountId, credentials: credentials, roles: roles, oidcProviders: oidcProviders)
            ],
            identityCenter: identityCenter,
            state: state
        )
    }

    /// A seed of several accounts; `state.regions` are the first account's resources (its `accountId` is set
    /// to that account's).
    public init(
        accounts: [EmulatorAccount],
        identityCenter: IdentityCenterSeed = IdentityCenterSeed(),
        state: EmulatorState = EmulatorState()
    ) {
        self.accounts = accounts.isEmpty ? [EmulatorAccount(accountId: EmulatorSeed.defaultAccountId)] : accounts
        self.identityCenter = identityCenter
        self.state = state
        self.state.accountId = self.accounts[0].accountId
    }

    public static let defaultAccountId = "111122223333"

    /// The first account's id. Setting it moves `state.regions` to the new id.
    public var accountId: String {
        get { accounts.first?.accountId ?? Self.defaultAccountId }
        set {
            firstAccount.accountId = newValue
            state.accountId = newValue
        }
    }

    /// The first account's long-term access keys.
    public var credentials: [EmulatorCredential] {
        get { accounts.first?.credentials ?? [] }
        set { firstAccount.credentials = newValue }
    }

    /// The roles the first account's STS may hand out; nil accepts any role of that account.
    public var roles: [EmulatorRole]? {
        get { accounts.first?.roles }
        set { firstAccount.roles = newValue }
    }

    /// The issuers the first account trusts for AssumeRoleWithWebIdentity; nil trusts any.
    public var oidcProviders: [String]? {
        get { accounts.first?.oidcProviders }
        set { firstAccount.oidcProviders = newValue }
    }

    private var firstAccount: EmulatorAccount {
        get { accounts.first ?? EmulatorAccount(accountId: Self.defaultAccountId) }
        set {
            if accounts.isEmpty {
                accounts = [newValue]
            } else {
                accounts[0] = newValue
            }
        }
    }

    /// The credential with `accessKeyId`, in whichever account declares it.
    public func credential(accessKeyId: String) -> EmulatorCredential? {
        account(accessKeyId: accessKeyId)?.credential(accessKeyId: accessKeyId)
    }

    /// The account whose credentials include `accessKeyId`.
    public func account(accessKeyId: String) -> EmulatorAccount? {
        accounts.first { $0.credential(accessKeyId: accessKeyId) != nil }
    }

    /// The account with id `accountId`, if the seed declares it.
    public func account(_ accountId: String) -> EmulatorAccount? {
        accounts.first { $0.accountId == accountId }
    }

    /// The role `arn` names if STS may hand it out, with the account whose `sts` settings govern it: a role
    /// some account lists in `sts.roles`, or any role of a seeded account that lists none. Trust policies are
    /// not modelled: whoever the caller is, in whichever account, may assume it.
    public func assumableRole(_ arn: String) -> (role: EmulatorRole, account: EmulatorAccount)? {
        for account in accounts {
            if let role = account.roles?.first(where: { $0.arn == arn }) { return (role, account) }
        }
        let roleAccount = arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first
        guard let account = accounts.first(where: { $0.roles == nil && $0.accountId == roleAccount.map(String.init) })
        else { return nil }
        return (EmulatorRole(arn: arn), account)
    }
}

/// One AWS account of the seed: its id, the long-term access keys that sign requests in it, and what its STS
/// may hand out.
public struct EmulatorAccount: Sendable, Hashable {
    /// 12 digits; every ARN of the account's resources carries it.
    public var accountId: String
    /// Long-term access keys the emulator accepts for this account.
    public var credentials: [EmulatorCredential]
    /// Roles AssumeRole and AssumeRoleWithWebIdentity may assume; nil accepts any role of the account.
    public var roles: [EmulatorRole]?
    /// Issuers (`token.actions.githubusercontent.com`) AssumeRoleWithWebIdentity trusts; nil trusts any.
    public var oidcProviders: [String]?

    public init(
        accountId: String,
        credentials: [EmulatorCredential] = [],
        roles: [EmulatorRole]? = nil,
        oidcProviders: [String]? = nil
    ) {
        self.accountId = accountId
        self.credentials = credentials
        self.roles = roles
        self.oidcProviders = oidcProviders
    }

    /// The credential with `accessKeyId`, if this account declares it.
    public func credential(accessKeyId: String) -> EmulatorCredential? {
        credentials.first { $0.accessKeyId == accessKeyId }
    }
}

/// A long-term access key and the IAM user it belongs to.
public struct EmulatorCredential: Sendable, Hashable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    /// The user's ARN, what GetCallerIdentity answers and Roles Anywhere records as `createdBy`.
    public var principalArn: String
    /// The user's unique id (`AIDA…`).
    public var userId: String

    public init(accessKeyId: String, secretAccessKey: String, principalArn: String, userId: String) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.principalArn = principalArn
        self.userId = userId
    }

    /// `AKIDWARDENEMULATOR` / `warden-emulator-secret`, user `warden` in account 111122223333.
    public static let `default` = EmulatorCredential(
        accessKeyId: "AKIDWARDENEMULATOR",
        secretAccessKey: "warden-emulator-secret",
        principalArn: "arn:aws:iam::111122223333:user/warden",
        userId: "AIDAWARDENEMULATOR0001"
    )

    public var description: String {
        "EmulatorCredential(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, principalArn: \(principalArn))"
    }
}

/// A role the emulator's STS may hand out credentials for.
public struct EmulatorRole: Sendable, Hashable {
    public var arn: String
    /// The longest session AssumeRole grants for it, in seconds (AWS's default: 3600).
    public var maxSessionDuration: Int

    public init(arn: String, maxSessionDuration: Int = 3600) {
        self.arn = arn
        self.maxSessionDuration = maxSessionDuration
    }
}
