/// The value of an `Authorization` header:
/// `AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date,
/// Signature=…`
public struct SigV4Authorization: Sendable, Hashable {
    public var accessKeyId: String
    public var scope: CredentialScope
    /// Lower-case, sorted header names.
    public var signedHeaders: [String]
    /// Lower-case hex.
    public var signature: String

    public init(accessKeyId: String, scope: CredentialScope, signedHeaders: [String], signature: String) {
        self.accessKeyId = accessKeyId
        self.scope = scope
        self.signedHeaders = signedHeaders
        self.signature = signature
    }

    /// What is wrong with a header that cannot be parsed.
    public enum ParseError: Error, Hashable, CustomStringConvertible {
        /// The value does not start with `AWS4-HMAC-SHA256 `.
        case unsupportedAlgorithm
        /// One of `Credential`, `SignedHeaders`, `Signature` is missing.
        case missingComponent(String)
        /// `Credential` is not `AKID/date/region/service/aws4_request`.
        case malformedCredential(String)

        public var description: String {
            switch self {
            case .unsupportedAlgorithm: "Authorization header requires the AWS4-HMAC-SHA256 algorithm"
            case .missingComponent(let name): "Authorization header requires '\(name)' parameter"
            case .malformedCredential(let value):
                "Credential '\(value)' is not of the form AKID/date/region/service/aws4_request"
            }
        }
    }

    /// Parses a header value; components may be separated by `,` with or without spaces, in any order.
    public init(headerValue: String) throws(ParseError) {
        let prefix = StringToSign.algorithm + " "
        guard headerValue.hasPrefix(prefix) else { throw .unsupportedAlgorithm }
        var components: [String: String] = [:]
        for part in headerValue.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingSpaces().split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 2 { components[String(pair[0])] = String(pair[1]) }
        }
        guard let credential = components["Credential"] else { throw .missingComponent("Credential") }
        guard let signedHeaders = components["SignedHeaders"] else { throw .missingComponent("SignedHeaders") }
        guard let signature = components["Signature"] else { throw .missingComponent("Signature") }
        guard let slash = credential.firstIndex(of: "/"), credential.startIndex != slash,
            let scope = CredentialScope(String(credential[credential.index(after: slash)...]))
        else { throw .malformedCredential(credential) }
        self.init(
            accessKeyId: String(credential[..<slash]),
            scope: scope,
            signedHeaders: signedHeaders.split(separator: ";").map(String.init),
            signature: signature
        )
    }

    public var headerValue: String {
        "\(StringToSign.algorithm) Credential=\(accessKeyId)/\(scope), SignedHeaders=\(signedHeaders.joined(separator: ";")), Signature=\(signature)"
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
