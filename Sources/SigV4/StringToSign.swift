/// Stage 2 of SigV4: the string to sign.
///
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-string-to-sign
///
/// ```
/// AWS4-HMAC-SHA256 \n 20150830T123600Z \n 20150830/us-east-1/service/aws4_request \n hex(sha256(canonical request))
/// ```
public struct StringToSign: Sendable, Hashable {
    public static let algorithm = "AWS4-HMAC-SHA256"

    public let timestamp: SigV4Timestamp
    public let scope: CredentialScope
    public let canonicalRequestHash: String

    public init(timestamp: SigV4Timestamp, scope: CredentialScope, canonicalRequest: CanonicalRequest) {
        self.timestamp = timestamp
        self.scope = scope
        canonicalRequestHash = CanonicalRequest.hash(canonicalRequest.text.utf8)
    }

    public var text: String {
        [Self.algorithm, timestamp.amzDate, scope.description, canonicalRequestHash].joined(separator: "\n")
    }
}
