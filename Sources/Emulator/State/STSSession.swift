public import Foundation

/// Temporary credentials issued by the emulator's STS. Requests signed with `accessKeyId` must carry
/// `sessionToken`, and are refused once `expiration` has passed.
public struct STSSession: Codable, Sendable, Hashable, CustomStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String
    public var expiration: Date
    /// The role assumed.
    public var roleArn: String
    /// `AROA…`, the role's unique id.
    public var roleId: String
    public var sessionName: String
    public var sourceIdentity: String?

    public init(
        accessKeyId: String,
        secretAccessKey: String,
        sessionToken: String,
        expiration: Date,
        roleArn: String,
        roleId: String,
        sessionName: String,
        sourceIdentity: String? = nil
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.roleArn = roleArn
        self.roleId = roleId
        self.sessionName = sessionName
        self.sourceIdentity = sourceIdentity
    }

    /// Never shows the secret or the token.
    public var description: String {
        "STSSession(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: <redacted>, "
            + "roleArn: \(roleArn), sessionName: \(sessionName))"
    }

    /// The account of the role, which requests signed with the session are served in.
    public var accountId: String {
        String(roleArn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first ?? "")
    }

    /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
    public var assumedRoleArn: String {
        let roleName = roleArn.split(separator: "/").last ?? ""
        return "arn:aws:sts::\(accountId):assumed-role/\(roleName)/\(sessionName)"
    }
}
