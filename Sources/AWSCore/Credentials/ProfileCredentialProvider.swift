import Foundation
public import Logging

/// Credentials from a profile of the shared config and credentials files, tried in the AWS CLI's
/// order:
/// 1. `role_arn`: assume the role with STS AssumeRole, using the credentials of `source_profile`
///    (recursively, so roles chain; a profile may name itself to use its own keys) or of
///    `credential_source` (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`); or, with
///    `web_identity_token_file`, with AssumeRoleWithWebIdentity. `role_session_name`, `external_id`
///    and `duration_seconds` are honoured; `mfa_serial` is refused (Warden does not prompt).
/// 2. `sso_account_id` + `sso_role_name`: IAM Identity Center role credentials (`SSOCredentialProvider`), with
///    the token `aws sso login` cached for the profile's `sso_session` or `sso_start_url`;
/// 3. `aws_access_key_id` / `aws_secret_access_key` / `aws_session_token` in the credentials file;
/// 4. `credential_process`;
/// 5. the same keys in the config file.
///
/// Returns nil when the profile does not exist (only possible for the implicit `default` profile).
public struct ProfileCredentialProvider: CredentialProvider {
    public let profileName: String
    public let context: CredentialContext

    public init(profileName: String, context: CredentialContext) {
        self.profileName = profileName
        self.context = context
    }

    public var name: String { "profile \(profileName)" }

    private var config: SharedConfig { context.configuration.sharedConfig }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        guard config.profile(profileName) != nil else { return nil }
        return try await resolve(profileName, chain: [], logger: logger)
    }

    private func resolve(_ name: String, chain: [String], logger: Logger) async throws(AWSError) -> Credential? {
        guard let profile = config.profile(name) else {
            throw .credentials(
                "Profile \(chain.last ?? name) names source_profile \(name), which is not in "
                    + "\(config.configPath) or \(config.credentialsPath).",
                code: "ProfileNotFound"
            )
        }
        if let roleArn = profile["role_arn"] {
            return try await assumeRole(roleArn, profile: profile, chain: chain, logger: logger)
        }
        if let settings = try IdentityCenterSettings(profile: profile, config: config) {
            return try await SSOCredentialProvider(settings: settings, context: context).credential(logger: logger)
        }
        if let keys = try Self.staticKeys(
            config.credentialsFileValues(name), profile: name, file: config.credentialsPath)
        {
            return keys
        }
        if let command = profile["credential_process"] {
            return try await ProcessCredentialProvider(command: command, name: "profile \(name) (credential_process)")
                .credential(logger: logger)
        }
        return try Self.staticKeys(config.configFileValues(name), profile: name, file: config.configPath)
    }

    private static func staticKeys(
        _ values: [String: String]?,
        profile: String,
        file: String
    ) throws(AWSError) -> Credential? {
        guard let values else { return nil }
        let keyId = values["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = values["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        switch (keyId, secret) {
        case (nil, nil):
            return nil
        case (let keyId?, let secret?):
            let token = values["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            return Credential(
                accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, source: "profile \(profile)")
        default:
            throw .credentials(
                "Profile \(profile) in \(file) has only one of aws_access_key_id and aws_secret_access_key.",
                code: "PartialCredentials"
            )
        }
    }

    private func assumeRole(
        _ roleArn: String,
        profile: SharedConfig.Profile,
        chain: [String],
        logger: Logger
    ) async throws(AWSError) -> Credential {
        let name = profile.name
        let sessionName = profile["role_session_name"] ?? "warden-\(Int(context.clock.date().timeIntervalSince1970))"
        if let tokenFile = profile["web_identity_token_file"] {
            let provider = WebIdentityCredentialProvider(
                tokenFile: tokenFile,
                roleArn: roleArn,
                roleSessionName: sessionName,
                context: context,
                name: "profile \(name) (web identity)"
            )
            guard let credential = try await provider.credential(logger: logger) else {
                throw .credentials("Profile \(name): web identity returned no credentials.")
            }
            return credential
        }
        guard profile["mfa_serial"] == nil else {
            throw .credentials(
                "Profile \(name) needs an MFA code (mfa_serial); Warden does not prompt. Use credentials "
                    + "from a session you started, for example with credential_process.",
                code: "UnsupportedCredentialSource"
            )
        }
        let sourceProfile = profile["source_profile"]
        let credentialSource = profile["credential_source"]
        let source: Credential
        switch (sourceProfile, credentialSource) {
        case (let sourceProfile?, nil):
            if chain.contains(sourceProfile) || (sourceProfile == name && !chain.isEmpty) {
                let cycle = (chain + [name, sourceProfile]).joined(separator: " -> ")
                throw .credentials("Profiles form a source_profile cycle: \(cycle).", code: "InvalidConfig")
            }
            let found: Credential?
            if sourceProfile == name {
                found = try Self.staticKeys(
                    profile.values, profile: name, file: profile.sources.joined(separator: ", "))
            } else {
                found = try await resolve(sourceProfile, chain: chain + [name], logger: logger)
            }
            guard let found else {
                throw .credentials(
                    "Profile \(name) uses source_profile \(sourceProfile), which has no credentials.",
                    code: "InvalidConfig"
                )
            }
            source = found
        case (nil, let credentialSource?):
            source = try await credentials(from: credentialSource, profile: name, logger: logger)
        case (nil, nil):
            throw .credentials(
                "Profile \(name) has role_arn but none of source_profile, credential_source or web_identity_token_file.",
                code: "InvalidConfig"
            )
        case (.some, .some):
            throw .credentials(
                "Profile \(name) has both source_profile and credential_source; keep one.",
                code: "InvalidConfig"
            )
        }
        let request = AssumeRoleRequest(
            roleArn: roleArn,
            roleSessionName: sessionName,
            durationSeconds: try profile["duration_seconds"].map { (text: String) throws(AWSError) -> Int in
                guard let value = Int(text) else {
                    throw .configuration("duration_seconds in profile \(name) is not a number: '\(text)'.")
                }
                return value
            },
            externalId: profile["external_id"]
        )
        logger.debug("Assuming \(roleArn) for profile \(name) with credentials from \(source.source)")
        var response = try await context.sts(credentials: source, logger: logger).assumeRole(request)
        response.credentials.source = "profile \(name) (assume role)"
        return response.credentials
    }

    private func credentials(from source: String, profile: String, logger: Logger) async throws(AWSError) -> Credential
    {
        let provider: any CredentialProvider
        switch source {
        case "Environment": provider = EnvironmentCredentialProvider(environment: context.configuration.environment)
        case "Ec2InstanceMetadata": provider = InstanceMetadataCredentialProvider(context: context)
        case "EcsContainer": provider = ContainerCredentialProvider(context: context)
        default:
            throw .credentials(
                "Profile \(profile) has credential_source \(source); it must be Environment, "
                    + "Ec2InstanceMetadata or EcsContainer.",
                code: "InvalidConfig"
            )
        }
        guard let credential = try await provider.credential(logger: logger) else {
            throw .credentials("Profile \(profile): credential_source \(source) has no credentials.")
        }
        return credential
    }
}
