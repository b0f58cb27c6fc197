import AWSCore
import AWSTestSupport
import Foundation
import Logging
import Testing

/// The default chain, with fake files in a temporary HOME and loopback servers for STS, the
/// container endpoint and IMDS.
@Suite struct CredentialChainTests {
    let clock = TestClock()

    func resolve(
        _ environment: AWSEnvironment,
        options: AWSOptions = AWSOptions(),
        logger: Logger = Logger(label: "test")
    ) async throws -> Credential? {
        var environment = environment
        environment.variables["AWS_REGION"] = environment.variables["AWS_REGION"] ?? "eu-west-2"
        let configuration = try AWSConfiguration(options: options, environment: environment)
        let context = CredentialContext(
            configuration: configuration, transport: AsyncHTTPClientTransport(), clock: clock)
        return try await CredentialChain.standard(context: context).credential(logger: logger)
    }

    static let environmentKeys = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"]
    static let defaultProfile = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n"

    @Test func theChainIsDeclaredInTheSDKOrder() throws {
        let home = try TemporaryHome(credentials: Self.defaultProfile)
        let configuration = try AWSConfiguration(environment: home.environment())
        let context = CredentialContext(configuration: configuration, transport: AsyncHTTPClientTransport())
        #expect(
            CredentialChain.standard(context: context).providers.map(\.name) == [
                "environment", "web identity (environment)", "profile default", "container", "EC2 instance metadata",
            ]
        )
        let explicit = try AWSConfiguration(options: AWSOptions(profile: "default"), environment: home.environment())
        let explicitContext = CredentialContext(configuration: explicit, transport: AsyncHTTPClientTransport())
        #expect(
            CredentialChain.standard(context: explicitContext).providers.map(\.name) == [
                "profile default", "container", "EC2 instance metadata",
            ]
        )
    }

    @Test func environmentVariablesComeFirst() async throws {
        let home = try TemporaryHome(credentials: Self.defaultProfile)
        let credential = try await resolve(
            home.environment(Self.environmentKeys.merging(["AWS_SESSION_TOKEN": "envtoken"]) { $1 })
        )
        #expect(
            credential
                == Credential(
                    accessKeyId: "AKIDENV", secretAccessKey: "envsecret", sessionToken: "envtoken",
                    source: "environment"))
    }

    @Test func partialEnvironmentCredentialsAreAnError() async throws {
        let home = try TemporaryHome(credentials: Self.defaultProfile)
        await #expect(throws: AWSError.self) {
            try await resolve(home.environment(["AWS_ACCESS_KEY_ID": "AKIDENV"]))
        }
    }

    @Test func aProfileNamedOnTheCommandLineIgnoresTheEnvironmentButAWSProfileDoesNot() async throws {
        let home = try TemporaryHome(
            credentials: Self.defaultProfile + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = devsecret\n"
        )
        let explicit = try await resolve(home.environment(Self.environmentKeys), options: AWSOptions(profile: "dev"))
        #expect(explicit?.accessKeyId == "AKIDDEV")
        #expect(explicit?.source == "profile dev")
        let fromVariable = try await resolve(
            home.environment(Self.environmentKeys.merging(["AWS_PROFILE": "dev"]) { $1 }))
        #expect(fromVariable?.accessKeyId == "AKIDENV")
    }

    @Test func webIdentityFromTheEnvironmentComesBeforeProfiles() async throws {
        let home = try TemporaryHome(credentials: Self.defaultProfile, files: ["oidc-token": "eyJ.github.token\n"])
        let clock = clock
        try await withLoopbackServer(FakeSTS.handler(keys: [:], now: clock.date())) { url, received in
            let credential = try await resolve(
                home.environment([
                    "AWS_WEB_IDENTITY_TOKEN_FILE": home.path + "/oidc-token",
                    "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/GitHubDeploy",
                    "AWS_ROLE_SESSION_NAME": "ci-run-42",
                    "AWS_ENDPOINT_URL_STS": url,
                ])
            )
            #expect(credential?.accessKeyId == "ASIAGITHUBDEPLOY")
            #expect(credential?.sessionToken == "token-of-GitHubDeploy")
            #expect(credential?.expiration == Date(timeIntervalSince1970: 1_700_003_600))
            #expect(credential?.source == "web identity (environment)")
            let request = try #require(received().first)
            #expect(request.method == "POST")
            #expect(request.path == "/")
            #expect(request.header("Authorization") == nil)
            #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
            #expect(
                request.bodyText
                    == "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                    + "&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FGitHubDeploy"
                    + "&RoleSessionName=ci-run-42&WebIdentityToken=eyJ.github.token"
            )
        }
    }

    @Test func fetchingCredentialsLogsNoSecrets() async throws {
        let home = try TemporaryHome(files: ["oidc-token": "eyJ.SECRET-OIDC-TOKEN.sig"])
        let clock = clock
        let capture = LogCapture()
        try await withLoopbackServer(FakeSTS.handler(keys: [:], now: clock.date())) { url, _ in
            let credential = try await resolve(
                home.environment([
                    "AWS_WEB_IDENTITY_TOKEN_FILE": home.path + "/oidc-token",
                    "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/GitHubDeploy",
                    "AWS_ENDPOINT_URL_STS": url,
                ]),
                logger: capture.logger
            )
            #expect(credential?.secretAccessKey == "secret-of-GitHubDeploy")
        }
        let output = capture.text
        #expect(output.contains("AssumeRoleWithWebIdentity"))
        #expect(output.contains("<AccessKeyId>ASIAGITHUBDEPLOY</AccessKeyId>"))
        for secret in ["SECRET-OIDC-TOKEN", "secret-of-GitHubDeploy", "token-of-GitHubDeploy"] {
            #expect(!output.contains(secret), "\(secret) appears in the debug output")
        }
    }

    @Test func webIdentityWithoutARoleIsAnError() async throws {
        let home = try TemporaryHome(files: ["oidc-token": "t"])
        await #expect(throws: AWSError.self) {
            try await resolve(home.environment(["AWS_WEB_IDENTITY_TOKEN_FILE": home.path + "/oidc-token"]))
        }
    }

    @Test func staticKeysComeFromTheCredentialsFileBeforeTheConfigFile() async throws {
        let both = try TemporaryHome(
            config: "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = configsecret\n",
            credentials:
                "[dev]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = credssecret\naws_session_token = t\n"
        )
        let fromCredentials = try await resolve(both.environment(), options: AWSOptions(profile: "dev"))
        #expect(
            fromCredentials
                == Credential(
                    accessKeyId: "AKIDCREDS", secretAccessKey: "credssecret", sessionToken: "t", source: "profile dev"))

        let configOnly = try TemporaryHome(
            config: "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = configsecret\n")
        #expect(
            try await resolve(configOnly.environment(), options: AWSOptions(profile: "dev"))?.accessKeyId
                == "AKIDCONFIG")
    }

    @Test func assumeRoleSignsWithTheSourceProfile() async throws {
        let home = try TemporaryHome(
            config: """
                [profile deploy]
                role_arn = arn:aws:iam::111122223333:role/Deploy
                source_profile = base
                role_session_name = warden-deploy
                external_id = ext-123
                duration_seconds = 1800
                """,
            credentials: "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n"
        )
        let clock = clock
        try await withLoopbackServer(FakeSTS.handler(keys: ["AKIDBASE": "basesecret"], now: clock.date())) {
            url, received in
            let credential = try await resolve(
                home.environment(["AWS_ENDPOINT_URL_STS": url]),
                options: AWSOptions(profile: "deploy")
            )
            #expect(credential?.accessKeyId == "ASIADEPLOY")
            #expect(credential?.secretAccessKey == "secret-of-Deploy")
            #expect(credential?.source == "profile deploy (assume role)")
            let request = try #require(received().first)
            #expect(
                request.header("Authorization")?.hasPrefix(
                    "AWS4-HMAC-SHA256 Credential=AKIDBASE/20231114/eu-west-2/sts/aws4_request") == true)
            #expect(
                request.bodyText
                    == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FDeploy"
                    + "&RoleSessionName=warden-deploy&DurationSeconds=1800&ExternalId=ext-123"
            )
        }
    }

    @Test func rolesChainThroughSourceProfiles() async throws {
        let home = try TemporaryHome(
            config: """
                [profile admin]
                role_arn = arn:aws:iam::111122223333:role/Admin
                source_profile = hop

                [profile hop]
                role_arn = arn:aws:iam::444455556666:role/Hop
                source_profile = base
                """,
            credentials: "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n"
        )
        let keys = ["AKIDBASE": "basesecret", "ASIAHOP": "secret-of-Hop"]
        let clock = clock
        try await withLoopbackServer(FakeSTS.handler(keys: keys, now: clock.date())) { url, received in
            let credential = try await resolve(
                home.environment(["AWS_ENDPOINT_URL_STS": url]), options: AWSOptions(profile: "admin"))
            #expect(credential?.accessKeyId == "ASIAADMIN")
            let signers = received().compactMap { $0.header("Authorization")?.split(separator: "/").first }
            #expect(signers == ["AWS4-HMAC-SHA256 Credential=AKIDBASE", "AWS4-HMAC-SHA256 Credential=ASIAHOP"])
            #expect(received().last?.header("X-Amz-Security-Token") == "token-of-Hop")
        }
    }

    @Test func aSourceProfileCycleIsReported() async throws {
        let home = try TemporaryHome(
            config: """
                [profile a]
                role_arn = arn:aws:iam::111122223333:role/A
                source_profile = b

                [profile b]
                role_arn = arn:aws:iam::111122223333:role/B
                source_profile = a
                """
        )
        await #expect {
            try await resolve(home.environment(), options: AWSOptions(profile: "a"))
        } throws: { error in
            (error as? AWSError)?.message == "Profiles form a source_profile cycle: a -> b -> a."
        }
    }

    @Test func credentialProcessOutputIsRead() async throws {
        let script = """
            echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret", '
            echo '"SessionToken": "proctoken", "Expiration": "2023-11-14T23:13:20Z"}'
            """
        let home = try TemporaryHome(files: ["creds.sh": script])
        try "[profile tool]\ncredential_process = sh \"\(home.path)/creds.sh\" --account 1\n"
            .write(toFile: home.path + "/.aws/config", atomically: true, encoding: .utf8)
        let credential = try await resolve(home.environment(), options: AWSOptions(profile: "tool"))
        #expect(
            credential
                == Credential(
                    accessKeyId: "AKIDPROC",
                    secretAccessKey: "procsecret",
                    sessionToken: "proctoken",
                    expiration: Date(timeIntervalSince1970: 1_700_003_600),
                    source: "profile tool (credential_process)"
                )
        )
    }

    @Test func aFailingCredentialProcessIsAnError() async throws {
        let home = try TemporaryHome(config: "[default]\ncredential_process = sh -c 'exit 3'\n")
        await #expect {
            try await resolve(home.environment())
        } throws: { error in
            (error as? AWSError)?.message
                == "credential_process for profile default (credential_process) exited with status 3."
        }
    }

    static let metadataJSON = """
        {"Code": "Success", "AccessKeyId": "ASIAMETA", "SecretAccessKey": "metasecret", "Token": "metatoken",
         "Expiration": "2023-11-14T23:13:20Z"}
        """

    @Test func containerCredentialsFromAFullURIWithAnAuthorizationTokenFile() async throws {
        let home = try TemporaryHome(files: ["eks-token": "pod-identity-token\n"])
        let handler: @Sendable (ReceivedRequest) -> Reply = { _ in Reply(status: 200, body: Self.metadataJSON) }
        try await withLoopbackServer(handler) { url, received in
            let credential = try await resolve(
                home.environment([
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": url + "/v1/credentials?role=x",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": home.path + "/eks-token",
                ])
            )
            #expect(credential?.accessKeyId == "ASIAMETA")
            #expect(credential?.sessionToken == "metatoken")
            #expect(credential?.source == "container credentials endpoint")
            let request = try #require(received().first)
            #expect(request.method == "GET")
            #expect(request.path == "/v1/credentials")
            #expect(request.query == "role=x")
            #expect(request.header("Authorization") == "pod-identity-token")
        }
    }

    @Test func containerCredentialsOverPlainHTTPOnlyFromAllowedHosts() async throws {
        let home = try TemporaryHome()
        await #expect {
            try await resolve(
                home.environment(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://credentials.example.test/creds"]))
        } throws: { error in
            (error as? AWSError)?.code == "InvalidConfig"
        }
    }

    @Test func instanceMetadataUsesAnIMDSv2Token() async throws {
        let home = try TemporaryHome()
        let handler: @Sendable (ReceivedRequest) -> Reply = { request in
            switch (request.method, request.path) {
            case ("PUT", "/latest/api/token"): Reply(status: 200, body: "imds-session-token")
            case ("GET", "/latest/meta-data/iam/security-credentials/"): Reply(status: 200, body: "InstanceRole\n")
            case ("GET", "/latest/meta-data/iam/security-credentials/InstanceRole"):
                Reply(status: 200, body: Self.metadataJSON)
            default: Reply(status: 404)
            }
        }
        try await withLoopbackServer(handler) { url, received in
            let credential = try await resolve(
                home.environment(["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": url])
            )
            #expect(credential?.accessKeyId == "ASIAMETA")
            #expect(credential?.source == "EC2 instance metadata")
            let requests = received()
            #expect(
                requests.map { "\($0.method) \($0.path)" } == [
                    "PUT /latest/api/token",
                    "GET /latest/meta-data/iam/security-credentials/",
                    "GET /latest/meta-data/iam/security-credentials/InstanceRole",
                ])
            #expect(requests[0].header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
            #expect(requests[1].header("X-aws-ec2-metadata-token") == "imds-session-token")
            #expect(requests[2].header("X-aws-ec2-metadata-token") == "imds-session-token")
        }
    }

    @Test func theContainerComesBeforeInstanceMetadata() async throws {
        let home = try TemporaryHome()
        let handler: @Sendable (ReceivedRequest) -> Reply = { _ in Reply(status: 200, body: Self.metadataJSON) }
        try await withLoopbackServer(handler) { url, received in
            let credential = try await resolve(
                home.environment([
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI": url + "/container",
                    "AWS_EC2_METADATA_DISABLED": "false",
                    "AWS_EC2_METADATA_SERVICE_ENDPOINT": url,
                ])
            )
            #expect(credential?.source == "container credentials endpoint")
            #expect(received().map(\.path) == ["/container"])
        }
    }

    @Test func withoutAnySourceTheChainSaysWhatItTried() async throws {
        let home = try TemporaryHome()
        await #expect {
            try await resolve(
                home.environment([
                    "AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1",
                    "AWS_METADATA_SERVICE_TIMEOUT": "0.2",
                ]))
        } throws: { error in
            let error = error as? AWSError
            return error?.code == "NoCredentials"
                && error?.message.hasPrefix(
                    "Unable to locate AWS credentials. Tried: environment, web identity (environment), profile default, "
                        + "container, EC2 instance metadata."
                ) == true
        }
    }
}
