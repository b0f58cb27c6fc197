import AWSCore
import AWSTestSupport
import Emulator
import Foundation
import Logging

/// An emulator with an IAM Identity Center user, a HOME with the AWS CLI's config for it, and the token cache
/// `aws sso login` would have left: what the Identity Center tests sign in with.
final class IdentityCenterAccount {
    static let accessToken = "access-token-9c1e4a"
    static let refreshToken = "refresh-token-7d3b2f"
    static let clientSecret = "client-secret-5f2a8e"
    static let seed = """
        accountId: "111122223333"
        sts:
          roles:
            - arn: arn:aws:iam::111122223333:role/WardenDeploy
        identityCenter:
          clients:
            - { clientId: warden-sso-client, clientSecret: \(clientSecret) }
          users:
            - userName: jane.doe@example.com
              roles:
                - { roleName: ConnectAdmin }
              accessTokens:
                - { token: \(accessToken) }
              refreshTokens:
                - { token: \(refreshToken), clientId: warden-sso-client }
        connect:
          instances:
            - { alias: acme-prod, region: eu-west-2, id: 5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60 }
        rolesAnywhere:
          profiles:
            - { name: connect-ops, region: eu-west-2 }
        """
    static let config = """
        [profile dev]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = ConnectAdmin
        region = eu-west-2

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-2
        sso_registration_scopes = sso:account:access

        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = eu-west-2
        sso_account_id = 111122223333
        sso_role_name = ConnectAdmin
        region = eu-west-2

        [profile billing]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Billing
        region = eu-west-2

        [profile deploy]
        role_arn = arn:aws:iam::111122223333:role/WardenDeploy
        source_profile = dev
        role_session_name = warden-deploy
        region = eu-west-2

        """
    /// SHA-1 of `corp` and of the legacy start URL, as botocore's `SSOTokenLoader` names the files.
    static let sessionCacheFile = "ee0bfd2552fbd840c02cc48b6e823320543c450f.json"
    static let legacyCacheFile = "79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"

    let account: EmulatedAccount
    let clock: TestClock
    let home: String

    init(clock: TestClock = TestClock()) async throws {
        self.clock = clock
        account = try await EmulatedAccount.start(seed: Self.seed, clock: { clock.date() })
        home = FileManager.default.temporaryDirectory.appendingPathComponent("warden-sso-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try Self.config.write(toFile: home + "/.aws/config", atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: home)
    }

    var cacheDirectory: String { home + "/.aws/sso/cache" }

    /// Writes a cache file as `aws sso login` does, the access token expiring `expiresIn` seconds from now.
    func cacheToken(
        file: String = sessionCacheFile,
        startURL: String = "https://corp.awsapps.com/start",
        expiresIn: TimeInterval,
        refreshable: Bool = true,
        refreshToken: String = IdentityCenterAccount.refreshToken,
        registrationExpiresIn: TimeInterval = 90 * 86_400
    ) throws {
        var token: [String: String] = [
            "startUrl": startURL, "region": "eu-west-2", "accessToken": Self.accessToken,
            "expiresAt": Self.time(clock.date().addingTimeInterval(expiresIn)),
        ]
        if refreshable {
            token["clientId"] = "warden-sso-client"
            token["clientSecret"] = Self.clientSecret
            token["registrationExpiresAt"] = Self.time(clock.date().addingTimeInterval(registrationExpiresIn))
            token["refreshToken"] = refreshToken
        }
        let data = try JSONSerialization.data(withJSONObject: token, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: cacheDirectory + "/" + file))
    }

    /// `2023-11-14T22:13:20Z`
    static func time(_ date: Date) -> String { date.formatted(Date.ISO8601FormatStyle()) }

    /// The environment of a user with this HOME and nothing else of this machine's AWS settings.
    var environment: AWSEnvironment {
        AWSEnvironment([
            "HOME": home, "AWS_EC2_METADATA_DISABLED": "true", "AWS_MAX_ATTEMPTS": "1",
            "AWS_CONFIG_FILE": home + "/.aws/config", "AWS_SHARED_CREDENTIALS_FILE": home + "/.aws/credentials",
        ])
    }

    /// A client as a command makes one for `--profile profile`, talking to the emulator (through
    /// `--endpoint-url`, unless `variables` say otherwise).
    func client(
        profile: String,
        logger: Logger = Logger(label: "test"),
        variables: [String: String]? = nil
    ) throws -> AWSClient {
        var environment = environment
        environment.variables.merge(variables ?? [:]) { _, new in new }
        return try AWSClient(
            options: AWSOptions(profile: profile, endpointURL: variables == nil ? account.server.url : nil),
            environment: environment,
            rateLimits: .unlimited,
            clock: clock,
            logger: logger
        )
    }

    /// `Service.Operation` of each call the emulator saw, in order.
    func operations() async -> [String] {
        await account.server.engine.callLog().map { "\($0.service ?? "?").\($0.operation ?? "?")" }
    }

    func stop() async throws {
        try await account.stop()
    }
}
