import AWSCore
import Testing

@Suite struct AWSConfigurationTests {
    static let config = """
        [default]
        region = us-west-2

        [profile dev]
        region = eu-west-2
        max_attempts = 5
        retry_mode = adaptive

        [dev]
        region = ignored-because-config-files-need-the-profile-prefix
        """
    static let credentials = """
        [dev]
        aws_access_key_id = AKIDDEV
        aws_secret_access_key = devsecret

        [ci]
        aws_access_key_id = AKIDCI
        aws_secret_access_key = cisecret
        """

    @Test func devNullAsTheConfigFilesMeansNoSettings() throws {
        let configuration = try AWSConfiguration(
            options: AWSOptions(),
            environment: AWSEnvironment([
                "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_REGION": "eu-west-2",
            ])
        )
        #expect(configuration.region == "eu-west-2")
        #expect(configuration.profile.values.isEmpty)
    }

    @Test func profileComesFromTheCommandLineThenAWSProfileThenDefault() throws {
        let home = try TemporaryHome(config: Self.config, credentials: Self.credentials)
        let fromOption = try AWSConfiguration(
            options: AWSOptions(profile: "dev"),
            environment: home.environment(["AWS_PROFILE": "ci"])
        )
        #expect(fromOption.profileName == "dev")
        #expect(fromOption.profileFromCommandLine)
        let fromEnvironment = try AWSConfiguration(environment: home.environment(["AWS_PROFILE": "ci"]))
        #expect(fromEnvironment.profileName == "ci")
        #expect(!fromEnvironment.profileFromCommandLine)
        let implicit = try AWSConfiguration(environment: home.environment())
        #expect(implicit.profileName == "default")
    }

    @Test func aProfileIsProfileXInConfigAndXInCredentials() throws {
        let home = try TemporaryHome(config: Self.config, credentials: Self.credentials)
        let configuration = try AWSConfiguration(options: AWSOptions(profile: "dev"), environment: home.environment())
        #expect(configuration.profile.values["region"] == "eu-west-2")
        #expect(configuration.profile.values["aws_access_key_id"] == "AKIDDEV")
        #expect(configuration.profile.sources == [home.path + "/.aws/config", home.path + "/.aws/credentials"])
    }

    @Test func aNamedProfileThatDoesNotExistIsAnError() throws {
        let home = try TemporaryHome(config: Self.config)
        #expect {
            try AWSConfiguration(options: AWSOptions(profile: "nope"), environment: home.environment())
        } throws: { error in
            (error as? AWSError)?.message
                == "The config profile (nope) could not be found in \(home.path)/.aws/config or \(home.path)/.aws/credentials."
        }
        let noFiles = try TemporaryHome()
        #expect(try AWSConfiguration(environment: noFiles.environment()).profile.values.isEmpty)
    }

    @Test(arguments: [
        (
            AWSOptions(region: "ap-south-1"), ["AWS_REGION": "sa-east-1", "AWS_DEFAULT_REGION": "ca-central-1"],
            "ap-south-1"
        ),
        (AWSOptions(), ["AWS_REGION": "sa-east-1", "AWS_DEFAULT_REGION": "ca-central-1"], "sa-east-1"),
        (AWSOptions(), ["AWS_DEFAULT_REGION": "ca-central-1"], "ca-central-1"),
        (AWSOptions(), [:], "us-west-2"),
        (AWSOptions(profile: "dev"), [:], "eu-west-2"),
    ])
    func regionPrecedence(options: AWSOptions, variables: [String: String], expected: String) throws {
        let home = try TemporaryHome(config: Self.config)
        let configuration = try AWSConfiguration(options: options, environment: home.environment(variables))
        #expect(configuration.region == expected)
    }

    @Test func theDesiredStateFileRegionComesLast() throws {
        let home = try TemporaryHome()
        #expect(try AWSConfiguration(environment: home.environment(), fileRegion: "eu-north-1").region == "eu-north-1")
        let overridden = try AWSConfiguration(
            environment: home.environment(["AWS_REGION": "us-east-2"]), fileRegion: "eu-north-1")
        #expect(overridden.region == "us-east-2")
        #expect(overridden.regionSource == "AWS_REGION")
        #expect(throws: AWSError.self) { try AWSConfiguration(environment: home.environment()).requireRegion() }
    }

    @Test func retrySettingsComeFromTheEnvironmentThenTheProfile() throws {
        let home = try TemporaryHome(config: Self.config)
        let profile = try AWSConfiguration(options: AWSOptions(profile: "dev"), environment: home.environment())
        #expect(profile.maxAttempts == 5)
        #expect(profile.retryMode == .adaptive)
        let environment = try AWSConfiguration(
            options: AWSOptions(profile: "dev"),
            environment: home.environment(["AWS_MAX_ATTEMPTS": "2", "AWS_RETRY_MODE": "standard"])
        )
        #expect(environment.maxAttempts == 2)
        #expect(environment.retryMode == .standard)
        let defaults = try AWSConfiguration(environment: home.environment())
        #expect(defaults.maxAttempts == 3)
        #expect(defaults.retryMode == .standard)
        #expect(throws: AWSError.self) {
            try AWSConfiguration(environment: home.environment(["AWS_MAX_ATTEMPTS": "0"]))
        }
        #expect(throws: AWSError.self) {
            try AWSConfiguration(environment: home.environment(["AWS_RETRY_MODE": "eager"]))
        }
    }

    @Test func aMalformedRegionIsRefused() throws {
        let home = try TemporaryHome()
        #expect {
            try AWSConfiguration(options: AWSOptions(region: "eu west 2"), environment: home.environment())
        } throws: { error in
            (error as? AWSError)?.message == "Invalid region 'eu west 2' (from --region)."
        }
    }
}
