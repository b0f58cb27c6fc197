public import Foundation

/// Signs HTTP requests with AWS Signature Version 4 in the `Authorization` header.
///
/// A value type with no clock: the signing date is a parameter, so a test pins it.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
public struct SigV4Signer: Sendable {
    public var credentials: SigV4Credentials
    public var region: String
    /// The signing name of the service (`connect`, `rolesanywhere`, `sts`).
    public var service: String
    /// Normalise the path before encoding it (every service but S3).
    public var normalizePath: Bool

    /// Headers that are never signed, because proxies and HTTP stacks may add or change them
    /// (botocore's `SIGNED_HEADERS_BLACKLIST`, plus `authorization` itself).
    public static let unsignedHeaders: Set<String> = [
        "authorization", "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
        "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    public init(credentials: SigV4Credentials, region: String, service: String, normalizePath: Bool = true) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.normalizePath = normalizePath
    }

    /// Variations of header signing.
    public struct Options: Sendable, Hashable {
        /// Also send and sign `x-amz-content-sha256` (S3 needs it; other services accept it).
        public var addContentSHA256Header: Bool
        /// Add `x-amz-security-token` after signing instead of signing it (a few legacy services).
        public var omitSessionTokenFromSignature: Bool

        public init(addContentSHA256Header: Bool = false, omitSessionTokenFromSignature: Bool = false) {
            self.addContentSHA256Header = addContentSHA256Header
            self.omitSessionTokenFromSignature = omitSessionTokenFromSignature
        }
    }

    /// Every stage of one signing, and the signed request.
    public struct Signature: Sendable {
        public let canonicalRequest: CanonicalRequest
        public let stringToSign: StringToSign
        public let authorization: SigV4Authorization
        /// The input with `X-Amz-Date`, `X-Amz-Security-Token` (with session credentials),
        /// `x-amz-content-sha256` (when asked) and `Authorization` set.
        public let request: SigV4Request
    }

    /// Signs `request` at `date`. Every header of the request is signed except `unsignedHeaders`;
    /// any `Authorization`, `X-Amz-Date` or `X-Amz-Security-Token` already present is replaced.
    public func sign(_ request: SigV4Request, date: Date, options: Options = Options()) -> Signature {
        let timestamp = SigV4Timestamp(date)
        let payloadHash = CanonicalRequest.hash(request.body)
        var signed = request
        let replaced: Set<String> = ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]
        signed.headers.removeAll { replaced.contains($0.name.lowercased()) }
        signed.add("X-Amz-Date", timestamp.amzDate)
        if options.addContentSHA256Header {
            signed.add("x-amz-content-sha256", payloadHash)
        }
        if let token = credentials.sessionToken, !options.omitSessionTokenFromSignature {
            signed.add("X-Amz-Security-Token", token)
        }

        let names = signed.headers.map { $0.name.lowercased() }.filter { !Self.unsignedHeaders.contains($0) }
        let canonicalRequest = CanonicalRequest(
            request: signed,
            signedHeaders: names,
            normalizePath: normalizePath,
            payloadHash: payloadHash
        )
        let scope = CredentialScope(dateStamp: timestamp.dateStamp, region: region, service: service)
        let stringToSign = StringToSign(timestamp: timestamp, scope: scope, canonicalRequest: canonicalRequest)
        let authorization = SigV4Authorization(
            accessKeyId: credentials.accessKeyId,
            scope: scope,
            signedHeaders: canonicalRequest.headers.map(\.name),
            signature: SigningKey(secretAccessKey: credentials.secretAccessKey, scope: scope)
                .signature(for: stringToSign)
        )

        if let token = credentials.sessionToken, options.omitSessionTokenFromSignature {
            signed.add("X-Amz-Security-Token", token)
        }
        signed.add("Authorization", authorization.headerValue)
        return Signature(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            authorization: authorization,
            request: signed
        )
    }
}
