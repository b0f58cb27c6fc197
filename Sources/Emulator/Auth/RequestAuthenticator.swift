import Foundation
import SigV4

/// Checks a request's SigV4 signature against the seeded access keys and the sessions the emulator's STS
/// issued, and says who the caller is and which account the request is served in: the account of the access
/// key, or of the role a session is of.
struct RequestAuthenticator {
    var seed: EmulatorSeed
    var sessions: [String: STSSession]

    /// Verifies `request`, signed for `scope`, at `now`.
    func authenticate(_ request: EmulatorRequest, scope: CredentialScope, now: Date) throws(AuthenticationFailure)
        -> Caller
    {
        let verifier = SigV4Verifier(region: scope.region, service: scope.service)
        let verified: SigV4Verifier.Verified
        do {
            verified = try verifier.verify(request.signable, now: now) { accessKeyId in
                seed.credential(accessKeyId: accessKeyId)?.secretAccessKey ?? sessions[accessKeyId]?.secretAccessKey
            }
        } catch {
            throw .signature(error)
        }
        if let account = seed.account(accessKeyId: verified.accessKeyId),
            let credential = account.credential(accessKeyId: verified.accessKeyId)
        {
            guard verified.sessionToken == nil else { throw .invalidToken }
            return Caller(
                accessKeyId: credential.accessKeyId,
                arn: credential.principalArn,
                userId: credential.userId,
                accountId: account.accountId,
                session: nil
            )
        }
        guard let session = sessions[verified.accessKeyId], verified.sessionToken == session.sessionToken else {
            throw .invalidToken
        }
        guard now < session.expiration else { throw .expiredToken }
        return Caller(
            accessKeyId: session.accessKeyId,
            arn: session.assumedRoleArn,
            userId: "\(session.roleId):\(session.sessionName)",
            accountId: session.accountId,
            session: session
        )
    }
}
