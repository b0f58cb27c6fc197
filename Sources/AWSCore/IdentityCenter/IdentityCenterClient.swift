import AWSModel
import Foundation
import Logging

/// The two IAM Identity Center calls Warden makes, unsigned and in the Identity Center's own region
/// (`sso_region`), to the endpoints the usual rules choose (`AWS_ENDPOINT_URL_SSO`,
/// `AWS_ENDPOINT_URL_SSO_OIDC`, `--endpoint-url`, `AWS_ENDPOINT_URL`, the `services` section,
/// `portal.sso.REGION.amazonaws.com` and `oidc.REGION.amazonaws.com`).
struct IdentityCenterClient: Sendable {
    let context: CredentialContext
    let region: String
    let logger: Logger

    /// Role credentials as the portal hands them out.
    struct RoleCredentials: Sendable {
        var accessKeyId: String
        var secretAccessKey: String
        var sessionToken: String
        var expiration: Date
    }

    /// A token as SSO-OIDC hands it out.
    struct CreatedToken: Sendable {
        var accessToken: String
        var expiresIn: Int
        var refreshToken: String?
    }

    private func client(_ model: ServiceModel) -> RestJSONClient {
        RestJSONClient(
            client: AWSClient(
                configuration: context.configuration.inRegion(region, source: "sso_region"),
                credentials: nil,
                transport: context.transport,
                clock: context.clock,
                rateLimiter: RateLimiter(limits: .unlimited, clock: context.clock),
                timeout: context.timeout,
                logger: logger,
                gate: context.gate
            ),
            model: model
        )
    }

    /// SSO `GetRoleCredentials`: `GET /federation/credentials?role_name=&account_id=` with the access token
    /// in `x-amz-sso_bearer_token`.
    func getRoleCredentials(roleName: String, accountId: String, accessToken: String) async throws(AWSError)
        -> RoleCredentials
    {
        let output = try await client(.sso).call(
            "GetRoleCredentials",
            input: [
                "roleName": .string(roleName), "accountId": .string(accountId), "accessToken": .string(accessToken),
            ]
        )
        let credentials = output["roleCredentials"]
        guard let keyId = credentials?["accessKeyId"]?.stringValue,
            let secret = credentials?["secretAccessKey"]?.stringValue,
            let token = credentials?["sessionToken"]?.stringValue,
            let milliseconds = credentials?["expiration"]?.integerValue
        else {
            throw .invalidResponse("GetRoleCredentials answered without complete roleCredentials.")
        }
        return RoleCredentials(
            accessKeyId: keyId,
            secretAccessKey: secret,
            sessionToken: token,
            expiration: Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        )
    }

    /// SSO-OIDC `CreateToken` with the `refresh_token` grant, as botocore's `SSOTokenProvider` sends it.
    func refreshToken(clientId: String, clientSecret: String, refreshToken: String) async throws(AWSError)
        -> CreatedToken
    {
        let output = try await client(.ssoOIDC).call(
            "CreateToken",
            input: [
                "grantType": "refresh_token", "clientId": .string(clientId), "clientSecret": .string(clientSecret),
                "refreshToken": .string(refreshToken),
            ]
        )
        guard let accessToken = output["accessToken"]?.stringValue, let expiresIn = output["expiresIn"]?.integerValue
        else {
            throw .invalidResponse("CreateToken answered without accessToken and expiresIn.")
        }
        return CreatedToken(
            accessToken: accessToken, expiresIn: Int(expiresIn), refreshToken: output["refreshToken"]?.stringValue)
    }
}
