import AWSModel
import Foundation

/// The claims of an OpenID Connect ID token (a JWT), read without checking its signature: the emulator has
/// no identity provider keys.
struct WebIdentityToken {
    var issuer: String
    var subject: String
    var audience: String

    /// `issuer` without its scheme, as IAM names OIDC providers (`token.actions.githubusercontent.com`).
    var issuerHost: String {
        issuer.hasPrefix("https://") ? String(issuer.dropFirst(8)) : issuer
    }

    /// The claims of `token`: three base64url parts, a JSON payload with `iss`, `sub` and `aud`, and an
    /// `exp` (when present) after `now`.
    static func claims(_ token: String, now: Date) throws(ServiceError) -> WebIdentityToken {
        let invalid = ServiceError(
            "InvalidIdentityToken",
            "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)"
        )
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = decodeBase64URL(parts[1]), let claims = try? JSONValue(parsing: payload),
            let issuer = claims.string("iss"), let subject = claims.string("sub")
        else { throw invalid }
        let audience = claims.string("aud") ?? claims["aud"]?.arrayValue?.first?.stringValue
        guard let audience else { throw invalid }
        if let expiry = claims["exp"]?.doubleValue, Date(timeIntervalSince1970: expiry) <= now {
            throw ServiceError(
                "ExpiredTokenException",
                "Token expired: current date/time \(Int(now.timeIntervalSince1970)) must be before the expiration "
                    + "date/time \(Int(expiry))"
            )
        }
        return WebIdentityToken(issuer: issuer, subject: subject, audience: audience)
    }

    private static func decodeBase64URL(_ text: Substring) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map(Array.init)
    }
}
