import Foundation
import Logging

/// The access token of an Identity Center profile, read from the AWS CLI's cache at every call (so a fresh
/// `aws sso login` is picked up) the way botocore reads it:
/// - an `sso-session` token with less than 15 minutes left is refreshed with SSO-OIDC `CreateToken`
///   (`refresh_token` grant) when the cache holds a refresh token and an unexpired client registration, and
///   the new token is written back to the cache;
/// - if that cannot be done, the cached token is used while it lasts;
/// - no token, or an expired one: an error that says to run `aws sso login`. Warden never signs in itself.
///
/// Tokens of the older form (start URL in the profile) are never refreshed, as botocore never refreshes them.
struct SSOTokenProvider: Sendable {
    let settings: IdentityCenterSettings
    let context: CredentialContext
    let cache: SSOTokenCache
    /// botocore's `SSOTokenProvider._REFRESH_WINDOW`.
    static let refreshWindow: TimeInterval = 15 * 60

    init(settings: IdentityCenterSettings, context: CredentialContext) {
        self.settings = settings
        self.context = context
        cache = SSOTokenCache(environment: context.configuration.environment)
    }

    func accessToken(logger: Logger) async throws(AWSError) -> String {
        let key = settings.tokenCacheKey
        guard let token = try cache.load(key) else {
            throw .credentials(
                "Profile \(settings.profileName): no IAM Identity Center token for \(settings.tokenDescription) "
                    + "(\(cache.path(for: key)) does not exist); \(settings.loginAdvice).",
                code: "SSOTokenNotFound"
            )
        }
        let now = context.clock.date()
        let remaining = token.expiresAt.timeIntervalSince(now)
        logger.debug(
            "IAM Identity Center token for \(settings.tokenDescription) expires at \(ISO8601.format(token.expiresAt))")
        var refreshFailure: String?
        if settings.sessionName != nil, remaining < Self.refreshWindow {
            switch await refresh(token, now: now, logger: logger) {
            case .refreshed(let fresh):
                try cache.save(fresh, for: key)
                logger.debug(
                    "Refreshed the IAM Identity Center token; it expires at \(ISO8601.format(fresh.expiresAt))")
                return fresh.accessToken
            case .notRefreshed(let reason):
                logger.debug("Not refreshing the IAM Identity Center token: \(reason)")
                refreshFailure = reason
            }
        }
        guard remaining > 0 else {
            let refresh = refreshFailure.map { " and cannot be refreshed (\($0))" } ?? ""
            throw .credentials(
                "Profile \(settings.profileName): the IAM Identity Center token for \(settings.tokenDescription) "
                    + "expired at \(ISO8601.format(token.expiresAt))\(refresh); \(settings.loginAdvice).",
                code: "SSOTokenExpired"
            )
        }
        return token.accessToken
    }

    /// A refreshed token, or why there is none (nothing to refresh with, or CreateToken failed).
    private enum Refresh {
        case refreshed(SSOToken)
        case notRefreshed(String)
    }

    private func refresh(_ token: SSOToken, now: Date, logger: Logger) async -> Refresh {
        let required: [(String, String?)] = [
            ("refreshToken", token.refreshToken), ("clientId", token.clientId), ("clientSecret", token.clientSecret),
            ("registrationExpiresAt", token.registrationExpiresAt),
        ]
        let missing = required.filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty, let refreshToken = token.refreshToken, let clientId = token.clientId,
            let clientSecret = token.clientSecret
        else {
            return .notRefreshed("the cache has no " + missing.joined(separator: ", "))
        }
        guard let registrationExpiry = token.registrationExpiry else {
            return .notRefreshed("its registrationExpiresAt is not a time")
        }
        guard registrationExpiry > now else {
            return .notRefreshed("the client registration expired at \(ISO8601.format(registrationExpiry))")
        }
        let client = IdentityCenterClient(context: context, region: settings.region, logger: logger)
        let created: IdentityCenterClient.CreatedToken
        do {
            created = try await client.refreshToken(
                clientId: clientId, clientSecret: clientSecret, refreshToken: refreshToken)
        } catch {
            return .notRefreshed("CreateToken failed: \(error.code): \(error.message)")
        }
        return .refreshed(
            SSOToken(
                startUrl: settings.startURL,
                region: settings.region,
                accessToken: created.accessToken,
                expiresAt: now.addingTimeInterval(TimeInterval(created.expiresIn)),
                clientId: clientId,
                clientSecret: clientSecret,
                registrationExpiresAt: token.registrationExpiresAt,
                refreshToken: created.refreshToken
            )
        )
    }
}
