/// How `warden import --instance` names an Amazon Connect instance: by id, by alias, or by ARN (which also
/// names its region).
public enum InstanceSelector: Sendable, Hashable, CustomStringConvertible {
    case id(String)
    case alias(String)
    case arn(region: String, id: String)

    /// Reads one `--instance` value. Instance ids are UUIDs; an ARN is `arn:PARTITION:connect:REGION:ACCOUNT:
    /// instance/ID`; anything else is an alias.
    public init(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        if parts.count == 6, parts[0] == "arn", parts[2] == "connect", !parts[3].isEmpty,
            parts[5].hasPrefix("instance/"), parts[5].count > "instance/".count
        {
            self = .arn(region: String(parts[3]), id: String(parts[5].dropFirst("instance/".count)))
        } else if Self.isUUID(text) {
            self = .id(text)
        } else {
            self = .alias(text)
        }
    }

    public var description: String {
        switch self {
        case .id(let id): "id \(id)"
        case .alias(let alias): "alias \(alias)"
        case .arn(let region, let id): "id \(id) in \(region)"
        }
    }

    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { $0.allSatisfy { $0.isHexDigit } }
    }
}
