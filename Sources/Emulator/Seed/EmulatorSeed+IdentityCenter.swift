import YAML

extension SeedReader {
    /// `identityCenter:` of the seed file:
    ///
    /// ```yaml
    /// identityCenter:
    ///   clients:                                   # OIDC clients CreateToken accepts
    ///     - { clientId: warden-cli, clientSecret: warden-cli-secret }
    ///   users:
    ///     - userName: jane@example.com
    ///       roles:                                 # permission sets assigned in the account
    ///         - { roleName: ConnectAdmin, sessionDuration: 3600 }   # accountId: the seed's account
    ///       accessTokens:                          # what `aws sso login` would have cached
    ///         - { token: jane-access-token, expiresAt: 2030-01-01T00:00:00Z }   # no expiresAt: never expires
    ///       refreshTokens:
    ///         - { token: jane-refresh-token, clientId: warden-cli }
    /// ```
    mutating func identityCenter(_ node: Node, account: String, into seed: inout EmulatorSeed) {
        let fields = mapping(node, allowed: ["clients", "users"], what: "identityCenter")
        for item in fields["clients"].map({ sequence($0, what: "identityCenter.clients") }) ?? [] {
            let client = mapping(item, allowed: ["clientId", "clientSecret"], what: "a client")
            guard let id = client["clientId"].flatMap({ string($0, what: "clientId") }),
                let secret = client["clientSecret"].flatMap({ string($0, what: "clientSecret") })
            else {
                if client["clientId"] == nil || client["clientSecret"] == nil {
                    error("a client needs a clientId and a clientSecret", at: item)
                }
                continue
            }
            if seed.identityCenter.client(id) != nil { error("two clients have the clientId \(id)", at: item) }
            seed.identityCenter.clients.append(IdentityCenterSeed.Client(clientId: id, clientSecret: secret))
        }
        var names: Set<String> = []
        for item in fields["users"].map({ sequence($0, what: "identityCenter.users") }) ?? [] {
            user(item, account: account, into: &seed, names: &names)
        }
    }

    /// A user and their role assignments in `account`. In a seed of several accounts, a user an earlier
    /// account named is the same user (Identity Center is one for the organization): the roles are added.
    private mutating func user(_ node: Node, account: String, into seed: inout EmulatorSeed, names: inout Set<String>) {
        let fields = mapping(node, allowed: ["userName", "roles", "accessTokens", "refreshTokens"], what: "a user")
        guard let nameNode = fields["userName"], let userName = string(nameNode, what: "userName") else {
            if fields["userName"] == nil { error("a user needs a userName", at: node) }
            return
        }
        let known = seed.identityCenter.users.firstIndex { $0.userName == userName }
        if !names.insert(userName).inserted { error("two users are named \(userName)", at: node) }
        var roles: [IdentityCenterSeed.Role] = []
        for item in fields["roles"].map({ sequence($0, what: "roles") }) ?? [] {
            let role = mapping(item, allowed: ["accountId", "roleName", "sessionDuration"], what: "a role")
            guard let roleName = role["roleName"].flatMap({ string($0, what: "roleName") }) else {
                if role["roleName"] == nil { error("a role needs a roleName", at: item) }
                continue
            }
            let accountId = role["accountId"].flatMap { string($0, what: "accountId") } ?? account
            if accountId != account, let accountNode = role["accountId"] {
                error(
                    multipleAccounts
                        ? "roles are assigned in the account they are listed under, \(account); accountId cannot be "
                            + accountId
                        : "the emulator serves one account, \(account); accountId cannot be \(accountId)",
                    at: accountNode)
            }
            var assigned = IdentityCenterSeed.Role(accountId: accountId, roleName: roleName)
            if let node = role["sessionDuration"], let seconds = int(node, what: "sessionDuration") {
                if (900...43_200).contains(seconds) {
                    assigned.sessionDuration = seconds
                } else {
                    error("sessionDuration must be 900 to 43200 seconds (15 minutes to 12 hours)", at: node)
                }
            }
            roles.append(assigned)
        }
        if let known, multipleAccounts {
            seed.identityCenter.users[known].roles += roles
        } else {
            seed.identityCenter.users.append(IdentityCenterSeed.User(userName: userName, roles: roles))
        }
        for item in fields["accessTokens"].map({ sequence($0, what: "accessTokens") }) ?? [] {
            let token = mapping(item, allowed: ["token", "expiresAt"], what: "an access token")
            guard let text = token["token"].flatMap({ string($0, what: "token") }) else {
                if token["token"] == nil { error("an access token needs a token", at: item) }
                continue
            }
            if seed.state.identityCenterTokens.accessTokens[text] != nil {
                error("the access token is seeded twice", at: item)
            }
            seed.state.identityCenterTokens.accessTokens[text] = IdentityCenterTokens.AccessToken(
                userName: userName, expiration: token["expiresAt"].flatMap { date($0, what: "expiresAt") })
        }
        for item in fields["refreshTokens"].map({ sequence($0, what: "refreshTokens") }) ?? [] {
            let token = mapping(item, allowed: ["token", "clientId"], what: "a refresh token")
            guard let text = token["token"].flatMap({ string($0, what: "token") }),
                let clientNode = token["clientId"], let clientId = string(clientNode, what: "clientId")
            else {
                if token["token"] == nil || token["clientId"] == nil {
                    error("a refresh token needs a token and a clientId", at: item)
                }
                continue
            }
            if seed.identityCenter.client(clientId) == nil {
                error("no client of identityCenter.clients has the clientId \(clientId)", at: clientNode)
            }
            if seed.state.identityCenterTokens.refreshTokens[text] != nil {
                error("the refresh token is seeded twice", at: item)
            }
            seed.state.identityCenterTokens.refreshTokens[text] = IdentityCenterTokens.RefreshToken(
                userName: userName, clientId: clientId)
        }
    }
}
