/// What the emulator starts from, and returns to on `POST /_emulator/reset`: the account, the credentials
/// it accepts, what its STS and IAM Identity Center may hand out, and the initial resources.
public struct EmulatorSeed: Sendable, Hashable {
    /// The 12-digit account every ARN is in.
    public var accountId: String
    /// Long-term access keys the emulator accepts.
    public var credentials: [EmulatorCredential]
    /// Roles AssumeRole and AssumeRoleWithWebIdentity may assume; nil accepts any role of the account.
    public var roles: [EmulatorRole]?
    /// Issuers (`token.actions.githubusercontent.com`) AssumeRoleWithWebIdentity trusts; nil trusts any.
    public var oidcProviders: [String]?
    /// The IAM Identity Center users, their roles and the OIDC clients (their tokens are in `state`).
    public var identityCenter: IdentityCenterSeed
    /// The resources at start.
    public var state: EmulatorState

    public init(
        accountId: String = EmulatorSeed.defaultAccountId,
        credentials: [EmulatorCredential] = [EmulatorCredential.default],
        roles: [EmulatorRole]? = nil,
        oidcProviders: [String]? = nil,
        identityCenter: IdentityCenterSeed = IdentityCenterSeed(),
        state: EmulatorState = EmulatorState()
    ) {
        self.accountId = accountId
        self.credentials = credentials
        self.roles = roles
        self.oidcProviders = oidcProviders
        self.identityCenter = identityCenter
        self.state = state
    }

    public static let defaultAccountId = "111122223333"

    /// The credential with `accessKeyId`, if the seed declares it.
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
