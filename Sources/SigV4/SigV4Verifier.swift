import Crypto
public import Foundation

/// Checks the SigV4 `Authorization` header of a received request, the way AWS does: it rebuilds the
/// canonical request from what was received (method, path and query as sent, the headers the client
/// listed as signed, the SHA-256 of the actual body) and compares signatures.
public struct SigV4Verifier: Sendable {
    /// The region and service signatures must be scoped to.
    public var region: String
    public var service: String
    /// How far `X-Amz-Date` may be from `now` (AWS allows 5 minutes).
    public var allowedClockSkew: TimeInterval
    public var normalizePath: Bool

    public init(region: String, service: String, allowedClockSkew: TimeInterval = 300, normalizePath: Bool = true) {
        self.region = region
        self.service = service
        self.allowedClockSkew = allowedClockSkew
        self.normalizePath = normalizePath
    }

    /// What a valid signature establishes about its request.
    public struct Verified: Sendable, Hashable {
        public let accessKeyId: String
        public let scope: CredentialScope
        public let timestamp: SigV4Timestamp
        /// The `X-Amz-Security-Token` header, if any: the caller checks that it belongs to the key.
        public let sessionToken: String?
    }

    /// Verifies `request` received at `now`; `secretAccessKey` looks up the secret of an access key id.
    public func verify(
        _ request: SigV4Request,
        now: Date,
        secretAccessKey: (String) -> String?
    ) throws(SigV4VerificationError) -> Verified {
        guard let header = request.values(of: "authorization").first else { throw .missingAuthentication }
        let authorization: SigV4Authorization
        do {
            authorization = try SigV4Authorization(headerValue: header)
        } catch {
            throw .incompleteSignature(error.description)
        }
        guard authorization.signedHeaders.contains("host") else {
            throw .incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
        }
        guard let amzDate = request.values(of: "x-amz-date").first,
            let timestamp = SigV4Timestamp(amzDate: amzDate)
        else { throw .incompleteSignature("Authorization header requires existence of a valid 'X-Amz-Date' header.") }
        guard authorization.scope.dateStamp == timestamp.dateStamp else {
            throw .invalidScope(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                    + "'\(authorization.scope.dateStamp)' != '\(timestamp.dateStamp)', from '\(amzDate)'."
            )
        }
        guard authorization.scope.region == region else {
            throw .invalidScope(
                "Credential should be scoped to a valid region. '\(authorization.scope.region)' is not '\(region)'."
            )
        }
        guard authorization.scope.service == service else {
            throw .invalidScope("Credential should be scoped to correct service: '\(service)'.")
        }
        guard abs(timestamp.date.timeIntervalSince(now)) <= allowedClockSkew else {
            throw .signatureExpired(signed: amzDate, now: SigV4Timestamp(now).amzDate)
        }
        guard let secret = secretAccessKey(authorization.accessKeyId) else {
            throw .unrecognizedClient(accessKeyId: authorization.accessKeyId)
        }

        let canonicalRequest = CanonicalRequest(
            request: request,
            signedHeaders: authorization.signedHeaders,
            normalizePath: normalizePath
        )
        let stringToSign = StringToSign(
            timestamp: timestamp,
            scope: authorization.scope,
            canonicalRequest: canonicalRequest
        )
        let expected = SigningKey(secretAccessKey: secret, scope: authorization.scope).signature(for: stringToSign)
        guard Self.constantTimeEqual(expected, authorization.signature) else {
            throw .signatureMismatch(canonicalRequest: canonicalRequest.text, stringToSign: stringToSign.text)
        }
        return Verified(
            accessKeyId: authorization.accessKeyId,
            scope: authorization.scope,
            timestamp: timestamp,
            sessionToken: request.values(of: "x-amz-security-token").first
        )
    }

    private static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
