import AWSCore
import Testing

@Suite struct EndpointResolutionTests {
    func endpoint(
        _ service: AWSService,
        region: String?,
        _ variables: [String: String] = [:],
        options: AWSOptions = AWSOptions(),
        config: String? = nil
    ) throws -> ResolvedEndpoint {
        let home = try TemporaryHome(config: config)
        var options = options
        options.region = options.region ?? region
        return try AWSConfiguration(options: options, environment: home.environment(variables)).endpoint(for: service)
    }

    @Test(arguments: [
        (AWSService.connect, "eu-west-2", "connect.eu-west-2.amazonaws.com"),
        (.connect, "us-gov-west-1", "connect.us-gov-west-1.amazonaws.com"),
        (.connect, "cn-north-1", "connect.cn-north-1.amazonaws.com.cn"),
        (.rolesAnywhere, "eu-west-2", "rolesanywhere.eu-west-2.amazonaws.com"),
        (.rolesAnywhere, "us-gov-east-1", "rolesanywhere.us-gov-east-1.amazonaws.com"),
        (.rolesAnywhere, "cn-northwest-1", "rolesanywhere.cn-northwest-1.amazonaws.com.cn"),
        (.sts, "eu-west-2", "sts.eu-west-2.amazonaws.com"),
        (.sts, "us-gov-west-1", "sts.us-gov-west-1.amazonaws.com"),
        (.sts, "cn-north-1", "sts.cn-north-1.amazonaws.com.cn"),
    ])
    func standardRegionalEndpoints(service: AWSService, region: String, host: String) throws {
        let resolved = try endpoint(service, region: region)
        #expect(resolved.endpoint == Endpoint(scheme: "https", host: host))
        #expect(resolved.signingRegion == region)
        #expect(resolved.source == .standard)
    }

    @Test(arguments: [
        (AWSService.connect, "us-east-1", "connect-fips.us-east-1.amazonaws.com"),
        (.connect, "us-gov-west-1", "connect.us-gov-west-1.amazonaws.com"),
        (.rolesAnywhere, "us-gov-west-1", "rolesanywhere-fips.us-gov-west-1.amazonaws.com"),
        (.sts, "us-east-2", "sts-fips.us-east-2.amazonaws.com"),
        (.sts, "us-gov-east-1", "sts.us-gov-east-1.amazonaws.com"),
    ])
    func fipsEndpoints(service: AWSService, region: String, host: String) throws {
        let resolved = try endpoint(service, region: region, ["AWS_USE_FIPS_ENDPOINT": "true"])
        #expect(resolved.endpoint.host == host)
    }

    @Test func dualStackEndpoints() throws {
        #expect(
            try endpoint(.connect, region: "eu-west-2", ["AWS_USE_DUALSTACK_ENDPOINT": "true"]).endpoint.host
                == "connect.eu-west-2.api.aws")
        #expect(
            try endpoint(.rolesAnywhere, region: "cn-north-1", ["AWS_USE_DUALSTACK_ENDPOINT": "true"]).endpoint.host
                == "rolesanywhere.cn-north-1.api.amazonwebservices.com.cn"
        )
    }

    /// botocore's `sso` and `sso-oidc` rule sets, resolved with its EndpointProvider for each region and variant.
    @Test(arguments: [
        (AWSService.sso, "eu-west-2", false, false, "portal.sso.eu-west-2.amazonaws.com"),
        (.sso, "eu-west-2", false, true, "portal.sso.eu-west-2.api.aws"),
        (.sso, "eu-west-2", true, false, "portal.sso-fips.eu-west-2.amazonaws.com"),
        (.sso, "eu-west-2", true, true, "portal.sso-fips.eu-west-2.api.aws"),
        (.sso, "us-gov-west-1", true, false, "portal.sso.us-gov-west-1.amazonaws.com"),
        (.sso, "us-gov-west-1", true, true, "portal.sso-fips.us-gov-west-1.api.aws"),
        (.sso, "cn-north-1", false, false, "portal.sso.cn-north-1.amazonaws.com.cn"),
        (.sso, "cn-north-1", true, true, "portal.sso-fips.cn-north-1.api.amazonwebservices.com.cn"),
        (.ssoOIDC, "eu-west-2", false, false, "oidc.eu-west-2.amazonaws.com"),
        (.ssoOIDC, "eu-west-2", true, false, "oidc-fips.eu-west-2.amazonaws.com"),
        (.ssoOIDC, "us-east-1", false, true, "oidc.us-east-1.api.aws"),
        (.ssoOIDC, "us-gov-west-1", true, false, "oidc.us-gov-west-1.amazonaws.com"),
        (.ssoOIDC, "us-gov-west-1", false, true, "oidc.us-gov-west-1.api.aws"),
        (.ssoOIDC, "cn-north-1", false, false, "oidc.cn-north-1.amazonaws.com.cn"),
    ])
    func identityCenterEndpoints(service: AWSService, region: String, fips: Bool, dualStack: Bool, host: String)
        throws
    {
        let variables = ["AWS_USE_FIPS_ENDPOINT": String(fips), "AWS_USE_DUALSTACK_ENDPOINT": String(dualStack)]
        let resolved = try endpoint(service, region: region, variables)
        #expect(resolved.endpoint == Endpoint(scheme: "https", host: host))
        #expect(resolved.signingRegion == region)
    }

    @Test func identityCenterEndpointsHaveTheirOwnVariables() throws {
        #expect(AWSService.sso.endpointEnvironmentVariable == "AWS_ENDPOINT_URL_SSO")
        #expect(AWSService.ssoOIDC.endpointEnvironmentVariable == "AWS_ENDPOINT_URL_SSO_OIDC")
        let variables = [
            "AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:5101", "AWS_ENDPOINT_URL_SSO_OIDC": "http://127.0.0.1:5102",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:5100",
        ]
        #expect(try endpoint(.sso, region: "eu-west-2", variables).endpoint.origin == "http://127.0.0.1:5101")
        #expect(try endpoint(.ssoOIDC, region: "eu-west-2", variables).endpoint.origin == "http://127.0.0.1:5102")
        #expect(try endpoint(.connect, region: "eu-west-2", variables).endpoint.origin == "http://127.0.0.1:5100")
        let config =
            "[default]\nservices = local\n\n[services local]\nsso_oidc =\n  endpoint_url = http://127.0.0.1:5103\n"
        #expect(try endpoint(.ssoOIDC, region: "eu-west-2", config: config).endpoint.origin == "http://127.0.0.1:5103")
        #expect(try endpoint(.sso, region: "eu-west-2", config: config).source == .standard)
    }

    @Test func stsWithoutARegionUsesTheGlobalEndpointSignedForUSEast1() throws {
        let resolved = try endpoint(.sts, region: nil)
        #expect(resolved.endpoint.host == "sts.amazonaws.com")
        #expect(resolved.signingRegion == "us-east-1")
        #expect(throws: AWSError.self) { try endpoint(.connect, region: nil) }
    }

    static let servicesConfig = """
        [default]
        endpoint_url = http://127.0.0.1:5000
        services = local

        [services local]
        connect =
          endpoint_url = http://127.0.0.1:5001
        """

    /// Each layer of https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html wins
    /// over every layer below it.
    @Test func overridePrecedence() throws {
        let all = [
            "AWS_ENDPOINT_URL_CONNECT": "http://127.0.0.1:5003",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:5002",
        ]
        let commandLine = try endpoint(
            .connect,
            region: "eu-west-2",
            all,
            options: AWSOptions(endpointURL: "http://127.0.0.1:5004/base"),
            config: Self.servicesConfig
        )
        #expect(commandLine.endpoint == Endpoint(scheme: "http", host: "127.0.0.1", port: 5004, basePath: "/base"))
        #expect(commandLine.source == .commandLine)
        #expect(commandLine.signingRegion == "eu-west-2")

        let serviceVariable = try endpoint(.connect, region: "eu-west-2", all, config: Self.servicesConfig)
        #expect(serviceVariable.endpoint.port == 5003)
        #expect(serviceVariable.source == .environment("AWS_ENDPOINT_URL_CONNECT"))

        let globalVariable = try endpoint(
            .connect,
            region: "eu-west-2",
            ["AWS_ENDPOINT_URL": "http://127.0.0.1:5002"],
            config: Self.servicesConfig
        )
        #expect(globalVariable.endpoint.port == 5002)

        let servicesSection = try endpoint(.connect, region: "eu-west-2", config: Self.servicesConfig)
        #expect(servicesSection.endpoint.port == 5001)
        #expect(servicesSection.source == .servicesSection("local"))

        let profile = try endpoint(.rolesAnywhere, region: "eu-west-2", config: Self.servicesConfig)
        #expect(profile.endpoint.port == 5000)
        #expect(profile.source == .profile("default"))

        let otherServiceVariable = try endpoint(
            .rolesAnywhere,
            region: "eu-west-2",
            [
                "AWS_ENDPOINT_URL_CONNECT": "http://127.0.0.1:5003",
                "AWS_ENDPOINT_URL_ROLESANYWHERE": "http://127.0.0.1:5005",
            ]
        )
        #expect(otherServiceVariable.endpoint.port == 5005)
        #expect(
            try endpoint(.sts, region: "eu-west-2", ["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:5006"]).endpoint.port
                == 5006)
    }

    @Test func ignoringConfiguredEndpointsLeavesTheCommandLineAndTheStandardEndpoint() throws {
        let ignore = ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://127.0.0.1:5002"]
        #expect(try endpoint(.connect, region: "eu-west-2", ignore, config: Self.servicesConfig).source == .standard)
        let commandLine = try endpoint(
            .connect,
            region: "eu-west-2",
            ignore,
            options: AWSOptions(endpointURL: "https://connect.example.test")
        )
        #expect(commandLine.endpoint == Endpoint(scheme: "https", host: "connect.example.test"))
    }

    @Test func endpointURLsAreParsedStrictly() throws {
        #expect(try Endpoint(url: "http://[::1]:8080/") == Endpoint(scheme: "http", host: "[::1]", port: 8080))
        #expect(try Endpoint(url: "HTTPS://Example.TEST").origin == "https://example.test")
        #expect(try Endpoint(url: "https://example.test:443").hostHeader == "example.test")
        #expect(try Endpoint(url: "http://example.test:8080").hostHeader == "example.test:8080")
        for bad in [
            "example.test", "ftp://example.test", "http://", "http://example.test:port", "http://example.test/?a=b",
        ] {
            #expect(throws: AWSError.self, "\(bad)") { try Endpoint(url: bad) }
        }
    }

    @Test func partitionsFollowTheRegionPatterns() {
        #expect(Partition.of(region: "eu-west-2").id == "aws")
        #expect(Partition.of(region: "us-gov-west-1").id == "aws-us-gov")
        #expect(Partition.of(region: "cn-northwest-1").id == "aws-cn")
        #expect(Partition.of(region: "mars-north-1").id == "aws")
    }
}
