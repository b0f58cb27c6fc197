/// Amazon Connect ARNs: `arn:aws:connect:REGION:ACCOUNT:instance/ID`, with
/// `/security-profile/ID`, `/authentication-profile/ID` or `/agent-group/ID` for resources inside it.
struct ConnectARN: Hashable, Sendable {
    enum Resource: String, Hashable, Sendable {
        case securityProfile = "security-profile"
        case authenticationProfile = "authentication-profile"
        case hierarchyGroup = "agent-group"
    }

    var region: String
    var accountId: String
    var instanceId: String
    /// The resource inside the instance, or nil for the instance itself.
    var resource: (kind: Resource, id: String)?

    init(region: String, accountId: String, instanceId: String, resource: (kind: Resource, id: String)? = nil) {
        self.region = region
        self.accountId = accountId
        self.instanceId = instanceId
        self.resource = resource
    }

    /// Parses an ARN of one of the emulated kinds; nil for anything else.
    init?(_ text: String) {
        let fields = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, fields[0] == "arn", fields[1] == "aws", fields[2] == "connect" else { return nil }
        let path = fields[5].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard path.count == 2 || path.count == 4, path[0] == "instance", !path[1].isEmpty else { return nil }
        region = fields[3]
        accountId = fields[4]
        instanceId = path[1]
        if path.count == 4 {
            guard let kind = Resource(rawValue: path[2]), !path[3].isEmpty else { return nil }
            resource = (kind, path[3])
        } else {
            resource = nil
        }
    }

    var text: String {
        let instance = "arn:aws:connect:\(region):\(accountId):instance/\(instanceId)"
        guard let resource else { return instance }
        return instance + "/\(resource.kind.rawValue)/\(resource.id)"
    }

    static func == (lhs: ConnectARN, rhs: ConnectARN) -> Bool { lhs.text == rhs.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
