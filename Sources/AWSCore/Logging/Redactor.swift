import Foundation

/// Removes secrets from requests and responses before they are logged: the `Authorization`,
/// `X-Amz-Security-Token`, IMDS token and Identity Center bearer token headers, and in JSON, XML and form bodies every value whose
/// key names a secret (`SecretAccessKey`, `SessionToken`, `WebIdentityToken`, any other `...Token`
/// except the `NextToken` of pagination, passwords, and `extraKeys`).
public struct Redactor: Sendable {
    public static let placeholder = "<redacted>"
    public static let sensitiveHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "x-aws-ec2-metadata-token", "proxy-authorization", "cookie",
        "set-cookie", "x-amz-sso_bearer_token",
    ]

    /// More keys to redact (compared without regard to case).
    public var extraKeys: Set<String>

    public init(extraKeys: Set<String> = []) {
        self.extraKeys = Set(extraKeys.map { $0.lowercased() })
    }

    public func isSensitive(key: String) -> Bool {
        let key = key.lowercased()
        if key == "nexttoken" { return false }
        return key.contains("secret") || key.contains("token") || key.contains("password")
            || key.contains("authorizationcode") || extraKeys.contains(key)
    }

    /// A header as it is logged: the secret headers, and headers bound to members the model marks
    /// sensitive (`extraKeys`), are redacted.
    public func header(_ header: HTTPHeader) -> String {
        let name = header.name.lowercased()
        let value = Self.sensitiveHeaders.contains(name) || extraKeys.contains(name) ? Self.placeholder : header.value
        return "\(header.name): \(value)"
    }

    /// The body as text with secrets replaced, by its content type (or its look when there is none).
    public func body(_ bytes: [UInt8], contentType: String?) -> String {
        guard !bytes.isEmpty else { return "" }
        guard let text = String(bytes: bytes, encoding: .utf8) else { return "<\(bytes.count) bytes>" }
        let type = contentType?.lowercased() ?? ""
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if type.contains("json") || trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            return json(bytes) ?? "<\(bytes.count) bytes of malformed JSON>"
        }
        if type.contains("xml") || trimmed.hasPrefix("<") {
            return xml(text)
        }
        if type.contains("x-www-form-urlencoded") {
            return form(text)
        }
        return text
    }

    private func json(_ bytes: [UInt8]) -> String? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return nil
        }
        func scrub(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.reduce(into: [String: Any]()) { result, entry in
                    result[entry.key] = isSensitive(key: entry.key) ? Self.placeholder : scrub(entry.value)
                }
            }
            if let array = value as? [Any] { return array.map(scrub) }
            return value
        }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        guard let data = try? JSONSerialization.data(withJSONObject: scrub(value), options: options) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Replaces the text of every `<Key>text</Key>` whose key is sensitive.
    private func xml(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            output += rest[...close]
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }
            guard !tag.hasPrefix("/"), !tag.hasSuffix("/"), !name.isEmpty, isSensitive(key: String(name)),
                let end = rest.range(of: "</\(name)>")
            else { continue }
            output += Self.placeholder
            rest = rest[end.lowerBound...]
        }
        return output + rest
    }

    private func form(_ text: String) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, isSensitive(key: String(parts[0])) else { return String(pair) }
            return "\(parts[0])=\(Self.placeholder)"
        }
        .joined(separator: "&")
    }

    /// A request as it is logged with `--debug`.
    public func describe(_ request: AWSHTTPRequest) -> String {
        var lines = ["\(request.method) \(request.url)"] + request.headers.map(header)
        let body = body(request.body, contentType: request.headers.first("content-type"))
        if !body.isEmpty { lines += ["", body] }
        return lines.joined(separator: "\n")
    }

    /// A response as it is logged with `--debug`.
    public func describe(_ response: AWSHTTPResponse) -> String {
        var lines = ["HTTP \(response.status)"] + response.headers.map(header)
        let body = body(response.body, contentType: response.headers.first("content-type"))
        if !body.isEmpty { lines += ["", body] }
        return lines.joined(separator: "\n")
    }
}
