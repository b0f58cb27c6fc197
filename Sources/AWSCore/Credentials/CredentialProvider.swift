public import Logging

/// A source of credentials. Returns nil when the source is not configured at all (the chain then
/// tries the next one) and throws when it is configured but fails (the chain stops: a broken
/// profile must not silently fall through to other credentials).
public protocol CredentialProvider: Sendable {
    /// A short name for messages (`environment`, `container`, ...).
    var name: String { get }
    func credential(logger: Logger) async throws(AWSError) -> Credential?
}

/// Fixed credentials.
public struct StaticCredentialProvider: CredentialProvider {
    public let credential: Credential

    public init(_ credential: Credential) {
        self.credential = credential
    }

    public var name: String { credential.source }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? { credential }
}
