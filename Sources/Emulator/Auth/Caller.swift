/// Who signed a request: a seeded IAM user, or a role session issued by the emulator's STS.
struct Caller: Sendable, Hashable {
    var accessKeyId: String
    /// The user's ARN, or the assumed-role ARN of a session.
    var arn: String
    /// `AIDA…` for a user, `AROA…:session` for a role session.
    var userId: String
    /// The account the request is served in: the access key's, or the assumed role's.
    var accountId: String
    /// Set when the caller is a role session.
    var session: STSSession?

    /// The caller of an unsigned request (AssumeRoleWithWebIdentity).
    static func anonymous(accountId: String) -> Caller {
        Caller(accessKeyId: "", arn: "", userId: "", accountId: accountId, session: nil)
    }
}
