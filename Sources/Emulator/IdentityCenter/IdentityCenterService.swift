import AWSModel
import Foundation

/// IAM Identity Center: the portal's GetRoleCredentials (`sso`), which exchanges a user's access token for
/// credentials of a role assigned to them, and SSO-OIDC's CreateToken (`sso-oidc`) with the `refresh_token`
/// grant, which gives a new access token for a refresh token. Both are unsigned.
///
/// The credentials are sessions like STS's: Connect, Roles Anywhere and STS accept them as the session of
/// the permission set's role (`arn:aws:sts::ACCOUNT:assumed-role/AWSReservedSSO_NAME_…/USER`).
struct IdentityCenterService {
    let call: Invocation
    var state: EmulatorState
    var random: SeededRandom

    var input: JSONValue { call.input }

    /// How long an access token from CreateToken lasts, in seconds.
    static let accessTokenLifetime = 3600

    static func handle(_ call: Invocation, state: inout EmulatorState, random: inout SeededRandom)
        throws(ServiceError) -> HandlerResult
    {
        var service = IdentityCenterService(call: call, state: state, random: random)
        let result = try service.dispatch()
        random = service.random
        if result.changed { state = service.state }
        return result
    }

    private mutating func dispatch() throws(ServiceError) -> HandlerResult {
        switch call.operation {
        case "GetRoleCredentials": return try getRoleCredentials()
        case "CreateToken": return try createToken()
        default: throw ServiceError("UnknownOperationException", "Unknown operation \(call.operation)", status: 404)
        }
    }

    // MARK: sso

    private mutating func getRoleCredentials() throws(ServiceError) -> HandlerResult {
        let tokens = state.identityCenterTokens
        guard let token = tokens.accessTokens[input.string("accessToken") ?? ""],
            token.expiration.map({ call.now < $0 }) ?? true,
            let user = call.seed.identityCenter.user(token.userName)
        else {
            throw ServiceError("UnauthorizedException", "Session token not found or invalid")
        }
        let accountId = input.string("accountId") ?? ""
        let roleName = input.string("roleName") ?? ""
        guard let role = user.roles.first(where: { $0.accountId == accountId && $0.roleName == roleName }) else {
            // What AWS answers for a role that is not assigned to the user; the model does not declare it.
            throw ServiceError("ForbiddenException", "No access", status: 403)
        }
        let session = state.startSession(
            roleArn: role.roleArn,
            sessionName: user.userName,
            duration: role.sessionDuration,
            now: call.now,
            random: &random
        )
        return .wrote([
            "roleCredentials": [
                "accessKeyId": .string(session.accessKeyId),
                "secretAccessKey": .string(session.secretAccessKey),
                "sessionToken": .string(session.sessionToken),
                "expiration": .integer(Int64((session.expiration.timeIntervalSince1970 * 1000).rounded())),
            ]
        ])
    }

    // MARK: sso-oidc

    /// The OAuth error AWS answers with: its code, and the OAuth `error` member beside the description.
    private static func oauth(_ code: String, _ error: String, _ description: String) -> ServiceError {
        ServiceError(code, description, extra: ["error": .string(error)])
    }

    private mutating func createToken() throws(ServiceError) -> HandlerResult {
        let clientId = input.string("clientId") ?? ""
        guard let client = call.seed.identityCenter.client(clientId),
            client.clientSecret == input.string("clientSecret")
        else {
            throw Self.oauth("InvalidClientException", "invalid_client", "Invalid client provided")
        }
        switch input.string("grantType") ?? "" {
        case "refresh_token":
            break
        case "urn:ietf:params:oauth:grant-type:device_code":
            // The emulator has no browser sign-in, so no device code was ever authorized.
            throw Self.oauth("InvalidGrantException", "invalid_grant", "Invalid device code provided")
        case "authorization_code":
            throw Self.oauth("InvalidGrantException", "invalid_grant", "Invalid authorization code provided")
        case let other:
            throw Self.oauth(
                "UnsupportedGrantTypeException", "unsupported_grant_type", "Unsupported grant type: \(other)")
        }
        guard let refreshToken = input.string("refreshToken") else {
            throw Self.oauth("InvalidRequestException", "invalid_request", "Missing refresh token")
        }
        guard let grant = state.identityCenterTokens.refreshTokens[refreshToken], grant.clientId == clientId,
            call.seed.identityCenter.user(grant.userName) != nil
        else {
            throw Self.oauth("InvalidGrantException", "invalid_grant", "Invalid refresh token provided")
        }
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        let accessToken = "aoa" + DerivedIdentifier.token(64, alphabet: alphabet, using: &random)
        let newRefreshToken = "aor" + DerivedIdentifier.token(64, alphabet: alphabet, using: &random)
        var tokens = state.identityCenterTokens
        tokens.refreshTokens[refreshToken] = nil
        tokens.refreshTokens[newRefreshToken] = grant
        tokens.accessTokens = tokens.accessTokens.filter { $0.value.expiration.map { $0 > call.now } ?? true }
        tokens.accessTokens[accessToken] = IdentityCenterTokens.AccessToken(
            userName: grant.userName, expiration: call.now.addingTimeInterval(TimeInterval(Self.accessTokenLifetime)))
        state.identityCenterTokens = tokens
        return .wrote([
            "accessToken": .string(accessToken),
            "tokenType": "Bearer",
            "expiresIn": .integer(Int64(Self.accessTokenLifetime)),
            "refreshToken": .string(newRefreshToken),
        ])
    }
}
