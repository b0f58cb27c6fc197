import AWSCore
import AWSModel
import AWSTestSupport
import Emulator
import Foundation
import Testing

/// IAM Identity Center profiles in the credential chain, against the in-process emulator: both profile forms,
/// a role profile whose `source_profile` is one, the token refresh written back, the errors that send the
/// user to `aws sso login`, renewal before expiry, and no secret in the debug log.
@Suite struct IdentityCenterCredentialTests {
    static var connectAdminSession: Regex<Substring> {
        #/arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_ConnectAdmin_[0-9a-f]{16}/jane\.doe@example\.com/#
    }

    @Test func anSSOSessionProfileSignsInWithTheCachedToken() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 8 * 3600)
        let client = try sso.client(profile: "dev")
        let identity = try await STSClient(client: client).getCallerIdentity()
        #expect(identity.account == "111122223333")
        #expect(identity.arn.wholeMatch(of: Self.connectAdminSession) != nil, "\(identity.arn)")
        // Connect and Roles Anywhere take the role credentials too
        let instances = try await RestJSONClient(client: client, model: .connect).call("ListInstances", input: [:])
        #expect(instances["InstanceSummaryList"]?.arrayValue?.count == 1)
        let profiles = try await RestJSONClient(client: client, model: .rolesAnywhere).call("ListProfiles", input: [:])
        #expect(profiles["profiles"]?.arrayValue?.count == 1)
        #expect(
            await sso.operations() == [
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity", "connect.ListInstances",
                "rolesanywhere.ListProfiles",
            ])
        let credential = try #require(try await client.credentials?.credential(logger: client.logger))
        #expect(credential.source == "profile dev (IAM Identity Center)")
        #expect(credential.expiration == sso.clock.date().addingTimeInterval(3600))
        try await sso.stop()
    }

    @Test func aLegacyProfileKeysTheCacheByItsStartURL() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(
            file: IdentityCenterAccount.legacyCacheFile, startURL: "https://legacy.awsapps.com/start",
            expiresIn: 3600, refreshable: false)
        let identity = try await STSClient(client: try sso.client(profile: "legacy")).getCallerIdentity()
        #expect(identity.arn.wholeMatch(of: Self.connectAdminSession) != nil, "\(identity.arn)")
        try await sso.stop()
    }

    @Test func aRoleProfileAssumesItsRoleWithIdentityCenterCredentials() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 8 * 3600)
        let identity = try await STSClient(client: try sso.client(profile: "deploy")).getCallerIdentity()
        #expect(identity.arn == "arn:aws:sts::111122223333:assumed-role/WardenDeploy/warden-deploy")
        #expect(
            await sso.operations() == [
                "awsssoportal.GetRoleCredentials", "sts.AssumeRole", "sts.GetCallerIdentity",
            ])
        // AssumeRole was signed by the Identity Center session
        let state = await sso.account.server.engine.currentState()
        #expect(state.sessions.values.contains { $0.sessionName == "jane.doe@example.com" })
        try await sso.stop()
    }

    @Test func anExpiringTokenIsRefreshedAndWrittenBackAsTheAWSCLIWritesIt() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 10 * 60)
        let identity = try await STSClient(client: try sso.client(profile: "dev")).getCallerIdentity()
        #expect(identity.arn.wholeMatch(of: Self.connectAdminSession) != nil)
        #expect(
            await sso.operations() == [
                "sso-oauth.CreateToken", "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity",
            ])

        let path = sso.cacheDirectory + "/" + IdentityCenterAccount.sessionCacheFile
        let tokens = await sso.account.server.engine.currentState().identityCenterTokens
        let newAccessToken = try #require(tokens.accessTokens.first { $0.value.expiration != nil }?.key)
        let newRefreshToken = try #require(tokens.refreshTokens.keys.first)
        #expect(newRefreshToken != IdentityCenterAccount.refreshToken)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let registration = IdentityCenterAccount.time(sso.clock.date().addingTimeInterval(90 * 86_400))
        let expiresAt = IdentityCenterAccount.time(sso.clock.date().addingTimeInterval(3600))
        #expect(
            written == """
                {"startUrl": "https://corp.awsapps.com/start", "region": "eu-west-2", \
                "accessToken": "\(newAccessToken)", "expiresAt": "\(expiresAt)", "clientId": "warden-sso-client", \
                "clientSecret": "\(IdentityCenterAccount.clientSecret)", "registrationExpiresAt": "\(registration)", \
                "refreshToken": "\(newRefreshToken)"}
                """)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: sso.cacheDirectory) == [
                IdentityCenterAccount.sessionCacheFile
            ])

        // the next run reads the refreshed token and has nothing to refresh
        await sso.account.server.engine.clearCallLog()
        _ = try await STSClient(client: try sso.client(profile: "dev")).getCallerIdentity()
        #expect(await sso.operations() == ["awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity"])
        try await sso.stop()
    }

    @Test func aTokenWithMoreThanFifteenMinutesLeftIsNotRefreshed() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 16 * 60)
        let path = sso.cacheDirectory + "/" + IdentityCenterAccount.sessionCacheFile
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = try await STSClient(client: try sso.client(profile: "dev")).getCallerIdentity()
        #expect(await sso.operations() == ["awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try await sso.stop()
    }

    /// The error of resolving `profile`'s credentials (the test fails if there is none).
    func failure(_ sso: IdentityCenterAccount, profile: String = "dev") async throws -> AWSError {
        let client = try sso.client(profile: profile)
        do {
            _ = try await STSClient(client: client).getCallerIdentity()
        } catch {
            return error
        }
        Issue.record("\(profile) signed in")
        return AWSError(kind: .credentials, code: "", message: "")
    }

    @Test func noCachedTokenSendsTheUserToAWSSSOLogin() async throws {
        let sso = try await IdentityCenterAccount()
        let error = try await failure(sso)
        #expect(error.kind == .credentials)
        #expect(
            error.message
                == "Profile dev: no IAM Identity Center token for sso-session corp (\(sso.cacheDirectory)/"
                + "\(IdentityCenterAccount.sessionCacheFile) does not exist); run \"aws sso login --profile dev\".")
        #expect(await sso.operations() == [])
        try await sso.stop()
    }

    @Test func anExpiredTokenThatCannotBeRefreshedSendsTheUserToAWSSSOLogin() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: -60, refreshable: false)
        let expired = IdentityCenterAccount.time(sso.clock.date().addingTimeInterval(-60))
        let error = try await failure(sso)
        #expect(
            error.message
                == "Profile dev: the IAM Identity Center token for sso-session corp expired at \(expired) and cannot "
                + "be refreshed (the cache has no refreshToken, clientId, clientSecret, registrationExpiresAt); "
                + "run \"aws sso login --profile dev\".")
        #expect(await sso.operations() == [])
        try await sso.stop()
    }

    @Test func anExpiredTokenWhoseRefreshIsRefusedSendsTheUserToAWSSSOLogin() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: -60, refreshToken: "revoked-refresh-token")
        let path = sso.cacheDirectory + "/" + IdentityCenterAccount.sessionCacheFile
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try await failure(sso)
        #expect(
            error.message.contains("cannot be refreshed (CreateToken failed: InvalidGrantException: Invalid refresh"))
        #expect(error.message.hasSuffix("run \"aws sso login --profile dev\"."))
        #expect(await sso.operations() == ["sso-oauth.CreateToken"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try await sso.stop()
    }

    @Test func anExpiredClientRegistrationCannotRefresh() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: -60, registrationExpiresIn: -3600)
        let registration = IdentityCenterAccount.time(sso.clock.date().addingTimeInterval(-3600))
        let error = try await failure(sso)
        #expect(error.message.contains("cannot be refreshed (the client registration expired at \(registration))"))
        #expect(error.message.hasSuffix("run \"aws sso login --profile dev\"."))
        #expect(await sso.operations() == [])
        try await sso.stop()
    }

    @Test func anExpiredLegacyTokenIsNeverRefreshed() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(
            file: IdentityCenterAccount.legacyCacheFile, startURL: "https://legacy.awsapps.com/start", expiresIn: -1)
        let error = try await failure(sso, profile: "legacy")
        #expect(error.message.contains("token for start URL https://legacy.awsapps.com/start expired at"))
        #expect(error.message.hasSuffix("; run \"aws sso login --profile legacy\"."))
        #expect(await sso.operations() == [])
        try await sso.stop()
    }

    @Test func aTokenTheServiceRejectsSendsTheUserToAWSSSOLogin() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 3600)
        // a token the emulator does not know (signed out elsewhere)
        let path = sso.cacheDirectory + "/" + IdentityCenterAccount.sessionCacheFile
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: IdentityCenterAccount.accessToken, with: "signed-out-token")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try await failure(sso)
        #expect(
            error.message
                == "Profile dev: IAM Identity Center did not accept the token of sso-session corp (Session token "
                + "not found or invalid); run \"aws sso login --profile dev\".")
        try await sso.stop()
    }

    @Test func aRoleNotAssignedToTheUserIsReportedWithWhatToCheck() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 3600)
        let error = try await failure(sso, profile: "billing")
        #expect(
            error.message
                == "Profile billing: IAM Identity Center gave no credentials for role Billing in account 111122223333: "
                + "ForbiddenException: No access. Check sso_account_id and sso_role_name.")
        #expect(error.kind == .credentials)
        try await sso.stop()
    }

    @Test func theSourceProfileIsTheOneToSignInWith() async throws {
        let sso = try await IdentityCenterAccount()
        let error = try await failure(sso, profile: "deploy")
        #expect(error.message.hasSuffix("run \"aws sso login --profile dev\"."))
        try await sso.stop()
    }

    @Test func roleCredentialsAreRenewedBeforeTheyExpire() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 8 * 3600)
        let sts = STSClient(client: try sso.client(profile: "dev"))
        _ = try await sts.getCallerIdentity()
        sso.clock.advance(by: .seconds(50 * 60))  // 10 minutes left: the cached credentials do
        _ = try await sts.getCallerIdentity()
        #expect(
            await sso.operations() == [
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity", "sts.GetCallerIdentity",
            ])
        sso.clock.advance(by: .seconds(6 * 60))  // 4 minutes left: within the 5-minute window, renewed
        _ = try await sts.getCallerIdentity()
        _ = try await sts.getCallerIdentity()
        #expect(
            await sso.operations() == [
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity", "sts.GetCallerIdentity",
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity", "sts.GetCallerIdentity",
            ])
        sso.clock.advance(by: .seconds(2 * 3600))  // long after: the old credentials would be refused
        _ = try await sts.getCallerIdentity()
        #expect(await sso.operations().suffix(2) == ["awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity"])
        try await sso.stop()
    }

    @Test func aLongRunRefreshesTheTokenWhenItRenewsTheCredentials() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 30 * 60)
        let sts = STSClient(client: try sso.client(profile: "dev"))
        _ = try await sts.getCallerIdentity()
        sso.clock.advance(by: .seconds(56 * 60))  // the token expired 26 minutes ago, the credentials have 4 left
        _ = try await sts.getCallerIdentity()
        #expect(
            await sso.operations() == [
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity", "sso-oauth.CreateToken",
                "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity",
            ])
        let path = sso.cacheDirectory + "/" + IdentityCenterAccount.sessionCacheFile
        let written = try SSOTokenFile(path: path)
        #expect(written.expiresAt == IdentityCenterAccount.time(sso.clock.date().addingTimeInterval(3600)))
        try await sso.stop()
    }

    @Test func theIdentityCenterEndpointsHaveTheirOwnVariables() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 5 * 60)
        let url = sso.account.server.url
        let variables = [
            "AWS_ENDPOINT_URL_SSO": url, "AWS_ENDPOINT_URL_SSO_OIDC": url, "AWS_ENDPOINT_URL_STS": url,
        ]
        let identity = try await STSClient(client: try sso.client(profile: "dev", variables: variables))
            .getCallerIdentity()
        #expect(identity.arn.wholeMatch(of: Self.connectAdminSession) != nil)
        #expect(
            await sso.operations() == [
                "sso-oauth.CreateToken", "awsssoportal.GetRoleCredentials", "sts.GetCallerIdentity",
            ])
        // without them, the portal is portal.sso.eu-west-2.amazonaws.com, which no test may reach
        #expect(
            try AWSConfiguration(options: AWSOptions(profile: "dev"), environment: sso.environment).inRegion(
                "eu-west-2"
            )
            .endpoint(for: .sso).endpoint.host == "portal.sso.eu-west-2.amazonaws.com")
        try await sso.stop()
    }

    @Test func theDebugLogShowsNoSecret() async throws {
        let sso = try await IdentityCenterAccount()
        try sso.cacheToken(expiresIn: 5 * 60)
        let capture = LogCapture()
        let client = try sso.client(profile: "deploy", logger: capture.logger)
        _ = try await STSClient(client: client).getCallerIdentity()
        let log = capture.text
        #expect(log.contains("x-amz-sso_bearer_token: <redacted>"))
        #expect(log.contains("\"clientSecret\":\"<redacted>\""))
        #expect(log.contains("\"refreshToken\":\"<redacted>\""))
        #expect(log.contains("\"accessToken\":\"<redacted>\""))
        #expect(log.contains("\"secretAccessKey\":\"<redacted>\""))
        #expect(log.contains("\"sessionToken\":\"<redacted>\""))
        let state = await sso.account.server.engine.currentState()
        var secrets = [
            IdentityCenterAccount.accessToken, IdentityCenterAccount.refreshToken, IdentityCenterAccount.clientSecret,
        ]
        secrets += Array(state.identityCenterTokens.accessTokens.keys)
        secrets += Array(state.identityCenterTokens.refreshTokens.keys)
        secrets += state.sessions.values.flatMap { [$0.secretAccessKey, $0.sessionToken] }
        #expect(Set(secrets).count == 9)
        for secret in secrets {
            #expect(!log.contains(secret), "the debug log shows \(secret)")
        }
        try await sso.stop()
    }
}

/// `warden` itself, run as a user runs it with an Identity Center profile.
@Suite struct IdentityCenterCommandTests {
    func plan(_ sso: IdentityCenterAccount, _ arguments: [String]) async throws -> PlanBinary.Outcome {
        let binary = PlanBinary(
            endpoint: nil,
            extra: ["HOME": sso.home, "AWS_CONFIG_FILE": sso.home + "/.aws/config"]
        )
        return try await binary.run(
            ["plan", "examples/minimal.yaml", "--profile", "dev", "--endpoint-url", sso.account.server.url] + arguments)
    }

    @Test func planSignsInWithTheCachedTokenAndDebugShowsNoSecret() async throws {
        // the emulator's clock is the wall clock the binary signs with
        let sso = try await IdentityCenterAccount(clock: TestClock(date: Date()))
        try sso.cacheToken(expiresIn: 5 * 60)
        let outcome = try await plan(sso, ["--debug"])
        #expect(outcome.exitCode == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("connect.prod.securityProfiles.agent will be updated in place"))
        #expect(outcome.standardError.contains("x-amz-sso_bearer_token: <redacted>"))
        #expect(outcome.standardError.contains("SSO OIDC.CreateToken request"))
        let state = await sso.account.server.engine.currentState()
        var secrets = [IdentityCenterAccount.accessToken, IdentityCenterAccount.refreshToken]
        secrets += [IdentityCenterAccount.clientSecret]
        secrets += Array(state.identityCenterTokens.accessTokens.keys)
        secrets += Array(state.identityCenterTokens.refreshTokens.keys)
        secrets += state.sessions.values.flatMap { [$0.secretAccessKey, $0.sessionToken] }
        #expect(Set(secrets).count == 7)
        for secret in secrets {
            #expect(!outcome.standardError.contains(secret), "--debug shows \(secret)")
            #expect(!outcome.standardOutput.contains(secret), "the plan shows \(secret)")
        }
        try await sso.stop()
    }

    @Test func planWithoutACachedTokenExitsOneAndSaysHowToSignIn() async throws {
        let sso = try await IdentityCenterAccount(clock: TestClock(date: Date()))
        let outcome = try await plan(sso, [])
        #expect(outcome.exitCode == 1, "\(outcome)")
        #expect(outcome.standardError.contains("run \"aws sso login --profile dev\""), "\(outcome)")
        #expect(outcome.standardOutput == "")
        #expect(await sso.operations() == [])
        try await sso.stop()
    }
}

/// The fields of a token cache file, as JSON gives them.
struct SSOTokenFile {
    var accessToken: String
    var expiresAt: String

    init(path: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        let fields = try #require(object as? [String: String])
        accessToken = try #require(fields["accessToken"])
        expiresAt = try #require(fields["expiresAt"])
    }
}
