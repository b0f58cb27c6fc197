import Foundation
public import Logging

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, and `AWS_SESSION_TOKEN` (or the older
/// `AWS_SECURITY_TOKEN`) with an optional `AWS_CREDENTIAL_EXPIRATION`.
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment

    public init(environment: AWSEnvironment) {
        self.environment = environment
    }

    public var name: String { "environment" }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let keyId = environment["AWS_ACCESS_KEY_ID"]
        let secret = environment["AWS_SECRET_ACCESS_KEY"]
        switch (keyId, secret) {
        case (nil, nil):
            return nil
        case (let keyId?, let secret?):
            var expiration: Date?
            if let text = environment["AWS_CREDENTIAL_EXPIRATION"] {
                guard let date = ISO8601.parse(text) else {
                    throw .credentials("AWS_CREDENTIAL_EXPIRATION is not an ISO-8601 time: '\(text)'.")
                }
                expiration = date
            }
            return Credential(
                accessKeyId: keyId,
                secretAccessKey: secret,
                sessionToken: environment["AWS_SESSION_TOKEN"] ?? environment["AWS_SECURITY_TOKEN"],
                expiration: expiration,
                source: name
            )
        case (nil, _):
            throw .credentials("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.", code: "PartialCredentials")
        case (_, nil):
            throw .credentials("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.", code: "PartialCredentials")
        }
    }
}
