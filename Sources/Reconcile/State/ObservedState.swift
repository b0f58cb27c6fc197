public import AWSModel
public import DesiredState
public import Plan

/// What Warden read from AWS for one desired-state file: the account, the Connect instances it names, the
/// managed resources that exist, and (for prune and drift) the live resources it does not declare.
///
/// The reader produces it; the planner compares it with the desired state without touching the network.
public struct ObservedState: Sendable, Equatable {
    /// STS GetCallerIdentity's account, when it was asked.
    public var accountId: String?
    /// Where resources live when the file names no region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`
    /// or the profile's region, as the AWS CLI resolves them.
    public var defaultRegion: String?
    /// The live instance behind each `connect.<key>`.
    public var instances: [String: ObservedInstance]
    /// The managed resources that exist, by address. A declared address with no entry does not exist.
    public var resources: [Address: ObservedResource]
    /// Live resources, in the collections the file manages, that no declared resource matched, by
    /// collection address (`connect.prod.securityProfiles`, `rolesAnywhere.profiles`).
    public var undeclared: [Address: [LiveResource]]

    public init(
        accountId: String? = nil,
        instances: [String: ObservedInstance] = [:],
        resources: [Address: ObservedResource] = [:],
        undeclared: [Address: [LiveResource]] = [:]
    ) {
        self.accountId = accountId
        self.instances = instances
        self.resources = resources
        self.undeclared = undeclared
    }
}

/// A live Amazon Connect instance.
public struct ObservedInstance: Sendable, Hashable {
    public var id: String
    public var arn: String
    public var alias: String?
    public var region: String

    public init(id: String, arn: String, alias: String?, region: String) {
        self.id = id
        self.arn = arn
        self.alias = alias
        self.region = region
    }
}

/// A live resource as a list call names it: enough to identify it, match it by name, or delete it.
public struct LiveResource: Sendable, Hashable {
    public var kind: ResourceKind
    public var name: String
    public var identity: ResourceChange.Identity
    /// The AWS members the list call returned beyond identity (Roles Anywhere lists whole profiles), so
    /// reading them again is not needed.
    public var listed: [String: JSONValue]

    public init(kind: ResourceKind, name: String, identity: ResourceChange.Identity, listed: [String: JSONValue] = [:])
    {
        self.kind = kind
        self.name = name
        self.identity = identity
        self.listed = listed
    }
}

/// Where a list call looks.
public enum ReadScope: Sendable, Hashable {
    /// One Amazon Connect instance.
    case connectInstance(ObservedInstance)
    /// The Roles Anywhere profiles of one region.
    case rolesAnywhere(region: String)
}

/// A managed resource as it was read: its identity and the live value of each field the file manages,
/// in the file's terms (keys and shapes of the desired-state file, not AWS member names).
public struct ObservedResource: Sendable, Equatable {
    public let address: Address
    public let live: LiveResource
    /// The live value of each managed field, by file key. A managed field AWS does not report is absent.
    public let values: [String: JSONValue]
    /// The digest of identity, name and every managed value. Made once, as the resource is read (the reader
    /// records it); an update's plan carries the digest of the fields it writes (`fingerprint(covering:)`).
    public let fingerprint: String

    public init(address: Address, live: LiveResource, values: [String: JSONValue]) {
        self.address = address
        self.live = live
        self.values = values
        fingerprint = Self.fingerprint(live, values)
    }

    /// The fingerprint of the identity and the values of `fields` alone: what re-reading only those fields
    /// would give (`fingerprint` when they are every managed field).
    public func fingerprint(covering fields: some Sequence<String>) -> String {
        var covered: [String: JSONValue] = [:]
        for field in fields { covered[field] = values[field] }
        return Self.fingerprint(live, covered)
    }

    private static func fingerprint(_ live: LiveResource, _ values: [String: JSONValue]) -> String {
        var identity: [String: JSONValue] = ["region": .string(live.identity.region), "name": .string(live.name)]
        identity["id"] = live.identity.id.map(JSONValue.string)
        identity["arn"] = live.identity.arn.map(JSONValue.string)
        identity["instanceId"] = live.identity.instanceId.map(JSONValue.string)
        return Fingerprint.of(["identity": .object(identity), "values": .object(values)])
    }
}
