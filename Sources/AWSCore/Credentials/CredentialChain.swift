public import Logging

/// Tries providers in order and returns the first credentials found. A provider that is configured
/// but fails stops the chain with its error.
public struct CredentialChain: CredentialProvider {
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    public var name: String { "the default credential chain" }

    /// The default chain, in the AWS SDKs' order. When `--profile` names a profile, the AWS CLI
    /// ignores credentials in the environment, and so does this chain.
    /// https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
    public static func standard(context: CredentialContext) -> CredentialChain {
        let configuration = context.configuration
        let environmentProviders: [any CredentialProvider] = [
            EnvironmentCredentialProvider(environment: configuration.environment),
            WebIdentityCredentialProvider.FromEnvironment(context: context),
        ]
        return CredentialChain(
            (configuration.profileFromCommandLine ? [] : environmentProviders) + [
                ProfileCredentialProvider(profileName: configuration.profileName, context: context),
                ContainerCredentialProvider(context: context),
                InstanceMetadataCredentialProvider(context: context),
            ]
        )
    }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        for provider in providers {
            if let credential = try await provider.credential(logger: logger) {
                logger.debug("Using credentials from \(credential.source)")
                return credential
            }
        }
        throw .credentials(
            "Unable to locate AWS credentials. Tried: " + providers.map(\.name).joined(separator: ", ")
                + ". Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN, "
                + "or a profile with --profile or AWS_PROFILE.",
            code: "NoCredentials"
        )
    }
}
