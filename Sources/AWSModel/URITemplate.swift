/// A botocore `requestUri` such as `/tags/{resourceArn}` or `/profiles/{profileId}/mappings`: expands
/// labels for requests and matches received paths for the emulator.
public struct URITemplate: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal(String)
        /// `{Name}` matches one path segment; `{Name+}` (greedy) the rest of the path, slashes included.
        case label(String, greedy: Bool)
    }

    let segments: [Segment]
    /// Query parameters fixed by the template itself (`/path?type=x`), rare but legal in botocore.
    public let fixedQuery: [(name: String, value: String)]

    public init(_ template: String) {
        let parts = template.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        segments = parts[0].split(separator: "/", omittingEmptySubsequences: true).map { part in
            if part.hasPrefix("{") && part.hasSuffix("}") {
                let inner = part.dropFirst().dropLast()
                return inner.hasSuffix("+")
                    ? .label(String(inner.dropLast()), greedy: true) : .label(String(inner), greedy: false)
            }
            return .literal(String(part))
        }
        fixedQuery =
            parts.count > 1
            ? parts[1].split(separator: "&").map { pair in
                let kv = pair.split(separator: "=", maxSplits: 1)
                return (String(kv[0]), kv.count > 1 ? String(kv[1]) : "")
            } : []
    }

    /// The labels this template binds.
    public var labelNames: [String] {
        segments.compactMap { if case .label(let name, _) = $0 { name } else { nil } }
    }

    /// The path with every label replaced by its AWS-percent-encoded value. A missing label is an error
    /// the caller reports (it is a required member).
    public func expand(_ labels: [String: String]) -> String? {
        var path = ""
        for segment in segments {
            switch segment {
            case .literal(let text):
                path += "/" + text
            case .label(let name, let greedy):
                guard let value = labels[name] else { return nil }
                path += "/" + AWSPercentEncoding.encode(value, keepSlash: greedy)
            }
        }
        return path.isEmpty ? "/" : path
    }

    /// The decoded label values if `rawPath` (as received, still percent-encoded, no query) matches.
    public func match(_ rawPath: String) -> [String: String]? {
        let received = rawPath.split(separator: "/", omittingEmptySubsequences: true)
        var labels: [String: String] = [:]
        var index = 0
        for segment in segments {
            switch segment {
            case .literal(let text):
                guard index < received.count, received[index] == text else { return nil }
                index += 1
            case .label(let name, let greedy):
                guard index < received.count else { return nil }
                let raw = greedy ? received[index...].joined(separator: "/") : String(received[index])
                guard let value = AWSPercentEncoding.decode(raw), !value.isEmpty else { return nil }
                labels[name] = value
                index = greedy ? received.count : index + 1
            }
        }
        return index == received.count ? labels : nil
    }

    /// How specific the template is: routers try templates with more literal segments first, so
    /// `/instance/{InstanceId}` never shadows a longer literal route.
    public var specificity: (literals: Int, segments: Int) {
        (segments.filter { if case .literal = $0 { true } else { false } }.count, segments.count)
    }

    public static func == (lhs: URITemplate, rhs: URITemplate) -> Bool {
        lhs.segments == rhs.segments && lhs.fixedQuery.elementsEqual(rhs.fixedQuery, by: ==)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(segments)
    }
}
