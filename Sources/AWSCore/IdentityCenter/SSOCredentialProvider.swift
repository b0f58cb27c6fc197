public import Logging

/// Role credentials from IAM Identity Center for a profile with `sso_account_id` and `sso_role_name`: the
/// cached access token (`SSOTokenProvider`) exchanged with the portal's `GetRoleCredentials`. The credentials
/// expire (with the permission set's session duration); the chain's `RefreshingCredentialProvider` asks again
/// before they do, which reads the token again and refreshes it when it is about to expire.
public struct SSOCredentialProvider: CredentialProvider {
    public let settings: IdentityCenterSettings
    public let context: CredentialContext

    public init(settings: IdentityCenterSettings, context: CredentialContext) {
        self.settings = settings
        self.context = context
    }

    public var name: String { "profile \(settings.profileName) (IAM Identity Center)" }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let accessToken = try await SSOTokenProvider(settings: settings, context: context).accessToken(logger: logger)
        let client = IdentityCenterClient(context: context, region: settings.region, logger: logger)
        logger.debug(
            "Getting IAM Identity Center credentials for role \(settings.roleName) in account \(settings.accountId)")
        let role: IdentityCenterClient.RoleCredentials
        do {
            role = try await client.getRoleCredentials(
                roleName: settings.roleName, accountId: settings.accountId, accessToken: accessToken)
        } catch let error where error.code == "UnauthorizedException" {
            throw .credentials(
                "Profile \(settings.profileName): IAM Identity Center did not accept the token of "
                    + "\(settings.tokenDescription) (\(error.message)); \(settings.loginAdvice).",
                code: "SSOTokenRejected"
            )
        } catch let error where error.code == "ForbiddenException" || error.code == "ResourceNotFoundException" {
            throw .credentials(
                "Profile \(settings.profileName): IAM Identity Center gave no credentials for role "
                    + "\(settings.roleName) in account \(settings.accountId): \(error.code): \(error.message). "
                    + "Check sso_account_id and sso_role_name.",
                code: error.code
            )
        }
        return Credential(
            accessKeyId: role.accessKeyId,
            secretAccessKey: role.secretAccessKey,
            sessionToken: role.sessionToken,
            expiration: role.expiration,
            source: name
        )
    }
}
