import Crypto

/// Stage 1 of SigV4: the canonical request.
///
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
///
/// ```
/// METHOD \n canonical URI \n canonical query \n canonical headers \n \n signed headers \n payload hash
/// ```
public struct CanonicalRequest: Sendable, Hashable {
    public let method: String
    public let uri: String
    public let query: String
    /// Lower-cased names with their canonical values, sorted by name.
    public let headers: [SigV4Request.Header]
    public let payloadHash: String

    /// Builds the canonical request of `request`, signing the headers named in `signedHeaders`
    /// (any case; a name absent from the request contributes an empty value).
    ///
    /// - Parameters:
    ///   - normalizePath: remove `.`/`..` segments and duplicate slashes first, as every service but S3 does.
    ///   - payloadHash: defaults to the hex SHA-256 of `request.body`.
    public init(
        request: SigV4Request,
        signedHeaders: some Sequence<String>,
        normalizePath: Bool = true,
        payloadHash: String? = nil
    ) {
        method = request.method.uppercased()
        uri = Self.uri(path: request.path, normalize: normalizePath)
        query = Self.query(request.query)
        headers = Set(signedHeaders.map { $0.lowercased() }).sorted().map { name in
            SigV4Request.Header(name, Self.headerValue(request.values(of: name)))
        }
        self.payloadHash = payloadHash ?? Self.hash(request.body)
    }

    /// `host;x-amz-date`: the signed header names, lower-case, sorted, joined by `;`.
    public var signedHeaders: String { headers.map(\.name).joined(separator: ";") }

    /// The text that is hashed into the string to sign.
    public var text: String {
        let canonicalHeaders = headers.map { "\($0.name):\($0.value)\n" }.joined()
        return [method, uri, query, canonicalHeaders, signedHeaders, payloadHash].joined(separator: "\n")
    }

    /// The path encoded once more (the caller passes it as sent, so an already encoded path ends up
    /// double encoded), after removing dot segments and empty segments when `normalize` is true.
    public static func uri(path: String, normalize: Bool) -> String {
        let path = path.isEmpty ? "/" : path
        return URIEncoding.encode(normalize ? removeDotSegments(path) : path, keepSlash: true)
    }

    /// RFC 3986 section 5.2.4, with empty segments removed too (AWS treats `//` as `/`);
    /// a trailing slash is kept when something remains before it.
    public static func removeDotSegments(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." {
                _ = segments.popLast()
            } else {
                segments.append(segment)
            }
        }
        let leading = path.hasPrefix("/") ? "/" : ""
        let trailing = path.hasSuffix("/") && !segments.isEmpty ? "/" : ""
        return leading + segments.joined(separator: "/") + trailing
    }

    /// Each `key=value` pair percent-decoded, encoded again the AWS way, and sorted by key then value.
    /// A pair without `=` has an empty value.
    public static func query(_ raw: String) -> String {
        raw.split(separator: "&", omittingEmptySubsequences: true)
            .map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = URIEncoding.encode(URIEncoding.decode(String(parts[0])))
                let value = parts.count > 1 ? URIEncoding.encode(URIEncoding.decode(String(parts[1]))) : ""
                return (key, value)
            }
            .sorted {
                $0.0 == $1.0
                    ? $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8)
            }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// The values of one header, each trimmed with inner runs of whitespace folded to one space,
    /// joined by commas in the order they appear.
    public static func headerValue(_ values: [String]) -> String {
        values.map { value in
            value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
                .joined(separator: " ")
        }
        .joined(separator: ",")
    }

    /// Lower-case hex SHA-256.
    public static func hash(_ bytes: some Sequence<UInt8>) -> String {
        SHA256.hash(data: Array(bytes)).hexString
    }
}

extension Sequence<UInt8> {
    /// Lower-case hex of the bytes.
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
