/// Everything the AWS layer resolves from the command line, the environment and the shared config
/// files before it sends anything: the profile, the region, retry settings and endpoint settings.
///
/// Precedence (the AWS CLI's):
/// - profile: `--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, `default`;
/// - region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`, the region of
///   the desired-state file;
/// - retries: `AWS_MAX_ATTEMPTS` then `max_attempts`; `AWS_RETRY_MODE` then `retry_mode`;
/// - endpoints: see `endpoint(for:)`.
public struct AWSConfiguration: Sendable {
    public let options: AWSOptions
    public let environment: AWSEnvironment
    public let sharedConfig: SharedConfig
    public let profileName: String
    /// Whether `--profile` named the profile (the AWS CLI then ignores credentials in the environment).
    public let profileFromCommandLine: Bool
    /// The profile's settings (empty when the files do not have it).
    public let profile: SharedConfig.Profile
    public let region: String?
    /// Which setting gave the region (`--region`, `AWS_REGION`, ...).
    public let regionSource: String?
    public let retryMode: RetryMode
    public let maxAttempts: Int
    let useFIPS: Bool
    let useDualStack: Bool
    let ignoreConfiguredEndpoints: Bool

    /// Resolves the configuration; `fileRegion` is the desired-state file's `region`, if any.
    public init(
        options: AWSOptions = AWSOptions(),
        environment: AWSEnvironment = .process,
        fileRegion: String? = nil
    ) throws(AWSError) {
        let sharedConfig = try SharedConfig(environment: environment)
        try self.init(options: options, environment: environment, sharedConfig: sharedConfig, fileRegion: fileRegion)
    }

    public init(
        options: AWSOptions,
        environment: AWSEnvironment,
        sharedConfig: SharedConfig,
        fileRegion: String? = nil
    ) throws(AWSError) {
        self.options = options
        self.environment = environment
        self.sharedConfig = sharedConfig

        let named = options.profile ?? environment["AWS_PROFILE"] ?? environment["AWS_DEFAULT_PROFILE"]
        profileName = named ?? "default"
        profileFromCommandLine = options.profile != nil
        if let found = sharedConfig.profile(profileName) {
            profile = found
        } else if named != nil {
            throw .configuration(
                "The config profile (\(profileName)) could not be found in \(sharedConfig.configPath) "
                    + "or \(sharedConfig.credentialsPath).",
                code: "ProfileNotFound"
            )
        } else {
            profile = SharedConfig.Profile(name: profileName, values: [:], sources: [])
        }

        let regionCandidates: [(String, String?)] = [
            ("--region", options.region),
            ("AWS_REGION", environment["AWS_REGION"]),
            ("AWS_DEFAULT_REGION", environment["AWS_DEFAULT_REGION"]),
            ("region in profile \(profileName)", profile["region"]),
            ("the desired-state file", fileRegion),
        ]
        if let (source, value) = regionCandidates.first(where: { $0.1 != nil }), let value {
            guard StandardEndpoint.isValidRegion(value) else {
                throw .configuration("Invalid region '\(value)' (from \(source)).", code: "InvalidRegion")
            }
            region = value
            regionSource = source
        } else {
            region = nil
            regionSource = nil
        }

        let modeText = environment["AWS_RETRY_MODE"] ?? profile["retry_mode"] ?? "standard"
        guard let mode = RetryMode(setting: modeText) else {
            throw .configuration("Retry mode must be standard, adaptive or legacy, not '\(modeText)'.")
        }
        retryMode = mode
        let attemptsText = environment["AWS_MAX_ATTEMPTS"] ?? profile["max_attempts"] ?? "3"
        guard let attempts = Int(attemptsText), attempts >= 1 else {
            throw .configuration("Max attempts must be a whole number of at least 1, not '\(attemptsText)'.")
        }
        maxAttempts = attempts

        let profile = profile
        func flag(_ variable: String, _ key: String) throws(AWSError) -> Bool {
            if let value = try environment.flag(variable) { return value }
            guard let text = profile[key] else { return false }
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: throw .configuration("\(key) in profile \(profile.name) must be true or false, not '\(text)'.")
            }
        }
        useFIPS = try flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")
        useDualStack = try flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint")
        ignoreConfiguredEndpoints = try flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls")
    }

    /// The region, or an error that says how to set one.
    public func requireRegion() throws(AWSError) -> String {
        guard let region else {
            throw .configuration(
                "No AWS region: pass --region, set AWS_REGION, set region in profile \(profileName), "
                    + "or set region in the desired-state file.",
                code: "NoRegion"
            )
        }
        return region
    }

    /// The endpoint for `service`, in the precedence the AWS SDKs document
    /// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html):
    /// `--endpoint-url`; `AWS_ENDPOINT_URL_<SERVICE>`; `AWS_ENDPOINT_URL`; `endpoint_url` for the
    /// service in the profile's `services` section; `endpoint_url` in the profile; the standard
    /// endpoint. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls` leave only
    /// `--endpoint-url` and the standard endpoint. STS without a region uses its global endpoint.
    public func endpoint(for service: AWSService) throws(AWSError) -> ResolvedEndpoint {
        let signingRegion: String
        if let region {
            signingRegion = region
        } else if service == .sts {
            signingRegion = "aws-global"
        } else {
            signingRegion = try requireRegion()
        }

        var overrides: [(ResolvedEndpoint.Source, String?)] = [(.commandLine, options.endpointURL)]
        if !ignoreConfiguredEndpoints {
            let servicesName = profile["services"]
            overrides += [
                (.environment(service.endpointEnvironmentVariable), environment[service.endpointEnvironmentVariable]),
                (.environment("AWS_ENDPOINT_URL"), environment["AWS_ENDPOINT_URL"]),
                (
                    .servicesSection(servicesName ?? ""),
                    servicesName.flatMap {
                        sharedConfig.serviceSettings(section: $0, service: service.configKey)?["endpoint_url"]
                    }
                ),
                (.profile(profileName), profile["endpoint_url"]),
            ]
        }
        if let (source, url) = overrides.first(where: { $0.1 != nil }), let url {
            let region = signingRegion == "aws-global" ? Partition.aws.implicitGlobalRegion : signingRegion
            return ResolvedEndpoint(endpoint: try Endpoint(url: url), signingRegion: region, source: source)
        }
        let (host, region) = StandardEndpoint.host(
            service: service,
            region: signingRegion,
            variant: StandardEndpoint.Variant(fips: useFIPS, dualStack: useDualStack)
        )
        return ResolvedEndpoint(endpoint: Endpoint(host: host), signingRegion: region, source: .standard)
    }
}
