import AWSCore
import Foundation
import Testing

/// How a profile's IAM Identity Center settings are resolved, as botocore's `SSOProvider` resolves them.
@Suite struct IdentityCenterSettingsTests {
    func settings(_ config: String, profile: String = "dev") throws -> IdentityCenterSettings? {
        let home = try TemporaryHome(config: config)
        let shared = try SharedConfig(environment: home.environment())
        let found = try #require(shared.profile(profile))
        return try IdentityCenterSettings(profile: found, config: shared)
    }

    static let session = """
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-1
        sso_registration_scopes = sso:account:access

        """

    @Test func anSSOSessionProfile() throws {
        let resolved = try #require(
            try settings(
                Self.session + "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
                    + "sso_role_name = ConnectAdmin\nregion = eu-west-2\n"))
        #expect(resolved.profileName == "dev")
        #expect(resolved.sessionName == "corp")
        #expect(resolved.startURL == "https://corp.awsapps.com/start")
        #expect(resolved.region == "eu-west-1")
        #expect(resolved.accountId == "111122223333")
        #expect(resolved.roleName == "ConnectAdmin")
        #expect(resolved.tokenCacheKey == "corp")
    }

    @Test func theOlderFormKeysTheCacheByTheStartURL() throws {
        let resolved = try #require(
            try settings(
                "[profile dev]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n"
                    + "sso_account_id = 111122223333\nsso_role_name = ConnectAdmin\n"))
        #expect(resolved.sessionName == nil)
        #expect(resolved.tokenCacheKey == "https://corp.awsapps.com/start")
    }

    @Test func aProfileWithoutAccountAndRoleIsNotAnIdentityCenterProfile() throws {
        #expect(try settings(Self.session + "[profile dev]\nsso_session = corp\n") == nil)
        #expect(try settings("[profile dev]\naws_access_key_id = AKID\naws_secret_access_key = s\n") == nil)
    }

    @Test(arguments: [
        (
            "[profile dev]\nsso_session = missing\nsso_account_id = 111122223333\nsso_role_name = R\n",
            "Profile dev names sso_session missing, but HOME/.aws/config has no [sso-session missing] section."
        ),
        (
            Self.session + "[profile dev]\nsso_session = corp\nsso_region = us-east-1\nsso_account_id = 1\n"
                + "sso_role_name = R\n",
            "Profile dev sets sso_region = us-east-1, but its sso-session corp sets sso_region = eu-west-1; remove "
                + "it from the profile or make them the same."
        ),
        (
            Self.session + "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n",
            "Profile dev uses IAM Identity Center but does not set sso_role_name (in the profile or its "
                + "[sso-session corp] section)."
        ),
        (
            "[profile dev]\nsso_role_name = R\nsso_account_id = 111122223333\n",
            "Profile dev uses IAM Identity Center but does not set sso_start_url, sso_region."
        ),
        (
            "[profile dev]\nsso_start_url = https://x\nsso_region = eu west\nsso_role_name = R\nsso_account_id = 1\n",
            "Invalid sso_region 'eu west' (from profile dev)."
        ),
    ])
    func brokenSettingsAreErrors(config: String, message: String) throws {
        let home = try TemporaryHome(config: config)
        let shared = try SharedConfig(environment: home.environment())
        let profile = try #require(shared.profile("dev"))
        let error = #expect(throws: AWSError.self) { try IdentityCenterSettings(profile: profile, config: shared) }
        #expect(error?.message == message.replacingOccurrences(of: "HOME", with: home.path))
    }
}
