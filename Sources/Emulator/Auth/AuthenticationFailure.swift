import FoundationEssentials
import SigV4

/// Why a request's credentials were refused.
enum AuthenticationFailure: Error, Hashable {
    /// The signature check failed (bad signature, unknown key, expired, malformed header...).
    case signature(SigV4VerificationError)
    /// A session key without its token, a wrong token, or a token on a long-term key.
    case invalidToken
    /// A session whose expiration has passed.
    case expiredToken

    /// The error as a rest-json service (Connect, Roles Anywhere) answers it.
    var restJSONError: ServiceError {
        switch self {
        case .signature(let error):
            ServiceError(error.code, Self.message(of: error), status: 403)
        case .invalidToken:
            ServiceError(
                "UnrecognizedClientException", "The security token included in the request is invalid.", status: 403)
        case .expiredToken:
            ServiceError("ExpiredTokenException", "The security token included in the request is expired", status: 403)
        }
    }

    /// The error as STS (query protocol) answers it.
    var queryError: ServiceError {
        switch self {
        case .signature(let error):
            let code =
                switch error {
                case .missingAuthentication: "MissingAuthenticationToken"
                case .incompleteSignature: "IncompleteSignature"
                case .unrecognizedClient: "InvalidClientTokenId"
                case .invalidScope, .signatureExpired, .signatureMismatch: "SignatureDoesNotMatch"
                }
            let message =
                if case .missingAuthentication = error { "Request is missing Authentication Token" } else {
                    Self.message(of: error)
                }
            return ServiceError(code, message, status: 403)
        case .invalidToken:
            return ServiceError(
                "InvalidClientTokenId", "The security token included in the request is invalid.", status: 403)
        case .expiredToken:
            return ServiceError("ExpiredToken", "The security token included in the request is expired", status: 403)
        }
    }

    /// AWS's message; for an expired signature AWS's own wording, with the allowed bound spelt out:
    /// `Signature expired: 20240101T000000Z is now earlier than 20240101T000500Z (20240101T001000Z - 5 min.)`.
    private static func message(of error: SigV4VerificationError) -> String {
        guard case .signatureExpired(let signed, let now) = error,
            let signedTime = SigV4Timestamp(amzDate: signed), let nowTime = SigV4Timestamp(amzDate: now)
        else { return error.message }
        if signedTime.date < nowTime.date {
            let bound = SigV4Timestamp(nowTime.date.addingTimeInterval(-300)).amzDate
            return "Signature expired: \(signed) is now earlier than \(bound) (\(now) - 5 min.)"
        }
        let bound = SigV4Timestamp(nowTime.date.addingTimeInterval(300)).amzDate
        return "Signature not yet current: \(signed) is still later than \(bound) (\(now) + 5 min.)"
    }
}
