import Crypto

/// Stage 3 of SigV4: the signing key, an HMAC-SHA256 chain over the scope, and the signature it makes.
///
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
///
/// ```
/// kDate = HMAC("AWS4" + secret, date); kRegion = HMAC(kDate, region)
/// kService = HMAC(kRegion, service); kSigning = HMAC(kService, "aws4_request")
/// signature = hex(HMAC(kSigning, string to sign))
/// ```
public struct SigningKey: Sendable {
    private let key: SymmetricKey

    public init(secretAccessKey: String, scope: CredentialScope) {
        var key = SymmetricKey(data: Array(("AWS4" + secretAccessKey).utf8))
        for part in [scope.dateStamp, scope.region, scope.service, "aws4_request"] {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        self.key = key
    }

    /// Lower-case hex HMAC-SHA256 of the string to sign.
    public func signature(for stringToSign: StringToSign) -> String {
        HMAC<SHA256>.authenticationCode(for: Array(stringToSign.text.utf8), using: key).hexString
    }
}
