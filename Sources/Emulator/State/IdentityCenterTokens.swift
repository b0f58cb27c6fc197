public import Foundation

/// The IAM Identity Center tokens the emulator accepts: access tokens (the bearer token of GetRoleCredentials)
/// and refresh tokens (CreateToken's `refresh_token` grant), each belonging to a seeded user. Seeded tokens
/// start here; CreateToken adds new ones and retires the refresh token it used.
public struct IdentityCenterTokens: Codable, Sendable, Hashable {
    /// By token.
    public var accessTokens: [String: AccessToken]
    /// By token.
    public var refreshTokens: [String: RefreshToken]

    public init(accessTokens: [String: AccessToken] = [:], refreshTokens: [String: RefreshToken] = [:]) {
        self.accessTokens = accessTokens
        self.refreshTokens = refreshTokens
    }

    /// A signed-in user's access token.
    public struct AccessToken: Codable, Sendable, Hashable {
        public var userName: String
        /// Nil: never expires (a seeded token without `expiresAt`).
        public var expiration: Date?

        public init(userName: String, expiration: Date? = nil) {
            self.userName = userName
            self.expiration = expiration
        }
    }

    /// A refresh token, usable once, by the client it was issued to.
    public struct RefreshToken: Codable, Sendable, Hashable {
        public var userName: String
        public var clientId: String

        public init(userName: String, clientId: String) {
            self.userName = userName
            self.clientId = clientId
        }
    }
}
