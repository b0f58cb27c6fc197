import Foundation
public import Logging

/// Exchanges a web identity token (an OIDC token, such as GitHub Actions') for role credentials
/// with STS AssumeRoleWithWebIdentity, an unsigned call. The token file is read at every refresh,
/// because the platform rotates it.
public struct WebIdentityCredentialProvider: CredentialProvider {
    public let tokenFile: String
    public let roleArn: String
    public let roleSessionName: String?
    public let context: CredentialContext
    public let name: String

    public init(tokenFile: String, roleArn: String, roleSessionName: String?, context: CredentialContext, name: String)
    {
        self.tokenFile = tokenFile
        self.roleArn = roleArn
        self.roleSessionName = roleSessionName
        self.context = context
        self.name = name
    }

    /// The provider configured by `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN` and the optional
    /// `AWS_ROLE_SESSION_NAME`; returns nil credentials when the token file is not set.
    public struct FromEnvironment: CredentialProvider {
        public let context: CredentialContext

        public init(context: CredentialContext) {
            self.context = context
        }

        public var name: String { "web identity (environment)" }

        public func credential(logger: Logger) async throws(AWSError) -> Credential? {
            let environment = context.configuration.environment
            guard let tokenFile = environment["AWS_WEB_IDENTITY_TOKEN_FILE"] else { return nil }
            guard let roleArn = environment["AWS_ROLE_ARN"] else {
                throw .credentials(
                    "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not: web identity needs a role to assume."
                )
            }
            return try await WebIdentityCredentialProvider(
                tokenFile: tokenFile,
                roleArn: roleArn,
                roleSessionName: environment["AWS_ROLE_SESSION_NAME"],
                context: context,
                name: name
            )
            .credential(logger: logger)
        }
    }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let path = context.configuration.environment.expandingTilde(tokenFile)
        let token: String
        do {
            token = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw .credentials("Cannot read the web identity token file \(path): \(error.localizedDescription)")
        }
        guard !token.isEmpty else { throw .credentials("The web identity token file \(path) is empty.") }
        let sessionName = roleSessionName ?? "warden-\(Int(context.clock.date().timeIntervalSince1970))"
        logger.debug("Assuming \(roleArn) with a web identity token (\(name))")
        var response = try await context.sts(credentials: nil, logger: logger).assumeRoleWithWebIdentity(
            AssumeRoleWithWebIdentityRequest(roleArn: roleArn, roleSessionName: sessionName, webIdentityToken: token)
        )
        response.credentials.source = name
        return response.credentials
    }
}
