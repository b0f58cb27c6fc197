/// The IAM Identity Center the emulator's `sso` and `sso-oidc` operations serve: the OIDC clients
/// CreateToken accepts, and the users with the roles (permission sets) they are assigned in the account.
/// Their seeded tokens live in `EmulatorState.identityCenterTokens`, so a reset restores them.
public struct IdentityCenterSeed: Sendable, Hashable {
    public var clients: [Client]
    public var users: [User]

    public init(clients: [Client] = [], users: [User] = []) {
        self.clients = clients
        self.users = users
    }

    /// A client registration, as `aws sso login` registers one (RegisterClient) and caches it.
    public struct Client: Sendable, Hashable, CustomStringConvertible {
        public var clientId: String
        public var clientSecret: String

        public init(clientId: String, clientSecret: String) {
            self.clientId = clientId
            self.clientSecret = clientSecret
        }

        public var description: String { "Client(clientId: \(clientId), clientSecret: <redacted>)" }
    }

    /// A user and the roles they may get credentials for.
    public struct User: Sendable, Hashable {
        /// The role session name of their credentials (`jane@example.com`).
        public var userName: String
        public var roles: [Role]

        public init(userName: String, roles: [Role]) {
            self.userName = userName
            self.roles = roles
        }
    }

    /// A permission set assigned to a user in an account.
    public struct Role: Sendable, Hashable {
        public var accountId: String
        /// The permission set's name, what `sso_role_name` says.
        public var roleName: String
        /// How long the credentials last, in seconds (the permission set's session duration; AWS's default
        /// is one hour).
        public var sessionDuration: Int

        public init(accountId: String, roleName: String, sessionDuration: Int = 3600) {
            self.accountId = accountId
            self.roleName = roleName
            self.sessionDuration = sessionDuration
        }

        /// The IAM role Identity Center provisions for the permission set:
        /// `arn:aws:iam::ACCOUNT:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_NAME_<16 hex digits>`.
        public var roleArn: String {
            let suffix = DerivedIdentifier.token(16, alphabet: "0123456789abcdef", from: accountId, roleName)
            return "arn:aws:iam::\(accountId):role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_\(roleName)_\(suffix)"
        }
    }

    public func user(_ name: String) -> User? { users.first { $0.userName == name } }

    public func client(_ id: String) -> Client? { clients.first { $0.clientId == id } }
}
