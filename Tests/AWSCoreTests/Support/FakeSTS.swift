import AWSCore
import Foundation
import SigV4

/// Answers of a loopback STS.
enum FakeSTS {
    static let expiration = "2023-11-14T23:13:20Z"

    /// Parses a form body into its pairs.
    static func form(_ body: String) -> [String: String] {
        var pairs: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs[URIEncoding.decode(String(parts[0]))] = parts.count > 1 ? URIEncoding.decode(String(parts[1])) : ""
        }
        return pairs
    }

    static func credentialsXML(action: String, keyId: String, secret: String, token: String) -> String {
        """
        <\(action)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <\(action)Result>
            <AssumedRoleUser>
              <AssumedRoleId>AROAEXAMPLE:session</AssumedRoleId>
              <Arn>arn:aws:sts::111122223333:assumed-role/Role/session</Arn>
            </AssumedRoleUser>
            <Credentials>
              <AccessKeyId>\(keyId)</AccessKeyId>
              <SecretAccessKey>\(secret)</SecretAccessKey>
              <SessionToken>\(token)</SessionToken>
              <Expiration>\(expiration)</Expiration>
            </Credentials>
            <PackedPolicySize>6</PackedPolicySize>
          </\(action)Result>
          <ResponseMetadata><RequestId>4c1a0a6e-sts</RequestId></ResponseMetadata>
        </\(action)Response>
        """
    }

    static func errorXML(code: String, message: String) -> String {
        """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>
          <RequestId>err-request</RequestId>
        </ErrorResponse>
        """
    }

    /// A handler that verifies signatures against `keys` (access key id → secret) at `now`, and
    /// answers AssumeRole with credentials named after the role (`ASIA<role>`), and
    /// AssumeRoleWithWebIdentity (unsigned) likewise.
    static func handler(keys: [String: String], now: Date, region: String = "eu-west-2")
        -> @Sendable (ReceivedRequest) -> Reply
    {
        { request in
            let form = form(request.bodyText)
            let action = form["Action"] ?? ""
            if action != "AssumeRoleWithWebIdentity" {
                let verifier = SigV4Verifier(region: region, service: "sts")
                let signed = SigV4Request(
                    method: request.method,
                    path: request.path,
                    query: request.query,
                    headers: request.headers.map { SigV4Request.Header($0.name, $0.value) },
                    body: request.body
                )
                do throws(SigV4VerificationError) {
                    _ = try verifier.verify(signed, now: now) { keys[$0] }
                } catch {
                    return Reply(
                        status: 403,
                        headers: [HTTPHeader("Content-Type", "text/xml")],
                        body: errorXML(
                            code: error.code, message: error.message.replacingOccurrences(of: "\n", with: "|"))
                    )
                }
            }
            let role = (form["RoleArn"] ?? "").split(separator: "/").last.map(String.init) ?? "Role"
            let body = credentialsXML(
                action: action,
                keyId: "ASIA\(role.uppercased())",
                secret: "secret-of-\(role)",
                token: "token-of-\(role)"
            )
            return Reply(status: 200, headers: [HTTPHeader("Content-Type", "text/xml")], body: body)
        }
    }
}
