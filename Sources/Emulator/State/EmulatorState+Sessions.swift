import Foundation

extension EmulatorState {
    /// New temporary credentials for a session of `roleArn` that lasts `duration` seconds from `now`,
    /// remembered so that requests signed with them are accepted; sessions that expired more than an hour ago
    /// are forgotten. STS's AssumeRole calls and IAM Identity Center's GetRoleCredentials issue them alike.
    mutating func startSession(
        roleArn: String,
        sessionName: String,
        duration: Int,
        sourceIdentity: String? = nil,
        now: Date,
        random: inout SeededRandom
    ) -> STSSession {
        let base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        let session = STSSession(
            accessKeyId: "ASIA"
                + DerivedIdentifier.token(16, alphabet: DerivedIdentifier.upperAlphanumeric, using: &random),
            secretAccessKey: DerivedIdentifier.token(40, alphabet: base64, using: &random),
            sessionToken: "IQoJb3JpZ2luX2VjE" + DerivedIdentifier.token(340, alphabet: base64, using: &random),
            expiration: now.addingTimeInterval(TimeInterval(duration)),
            roleArn: roleArn,
            roleId: "AROA" + DerivedIdentifier.token(17, alphabet: DerivedIdentifier.upperAlphanumeric, from: roleArn),
            sessionName: sessionName,
            sourceIdentity: sourceIdentity
        )
        sessions = sessions.filter { $0.value.expiration.addingTimeInterval(3600) > now }
        sessions[session.accessKeyId] = session
        return session
    }
}
