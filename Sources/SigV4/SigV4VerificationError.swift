/// Why a received request's signature was refused, with the error code and message AWS answers with
/// (all with HTTP 403).
public enum SigV4VerificationError: Error, Hashable, CustomStringConvertible {
    /// No `Authorization` header.
    case missingAuthentication
    /// The `Authorization` header cannot be parsed, or lacks something it must have.
    case incompleteSignature(String)
    /// The access key is not known to the verifier.
    case unrecognizedClient(accessKeyId: String)
    /// `X-Amz-Date` is missing or malformed, or the scope does not match it, the region or the service.
    case invalidScope(String)
    /// The request was signed too long before or after `now`.
    case signatureExpired(signed: String, now: String)
    /// The signature differs; the expected canonical request and string to sign help the client find why.
    case signatureMismatch(canonicalRequest: String, stringToSign: String)

    /// The AWS error code (`x-amzn-ErrorType`).
    public var code: String {
        switch self {
        case .missingAuthentication: "MissingAuthenticationTokenException"
        case .incompleteSignature: "IncompleteSignatureException"
        case .unrecognizedClient: "UnrecognizedClientException"
        case .invalidScope, .signatureExpired, .signatureMismatch: "InvalidSignatureException"
        }
    }

    /// The AWS error message.
    public var message: String {
        switch self {
        case .missingAuthentication:
            "Missing Authentication Token"
        case .incompleteSignature(let reason):
            reason
        case .unrecognizedClient:
            "The security token included in the request is invalid."
        case .invalidScope(let reason):
            reason
        case .signatureExpired(let signed, let now):
            "Signature expired: \(signed) is now earlier than the allowed skew from \(now)."
        case .signatureMismatch(let canonicalRequest, let stringToSign):
            "The request signature we calculated does not match the signature you provided. Check your AWS "
                + "Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                + "The Canonical String for this request should have been\n'\(canonicalRequest)'\n\n"
                + "The String-to-Sign should have been\n'\(stringToSign)'\n"
        }
    }

    public var description: String { "\(code): \(message)" }
}
