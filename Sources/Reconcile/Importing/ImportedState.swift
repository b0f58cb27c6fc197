public import AWSModel
public import DesiredState

/// What `warden import` read: the account and region, each instance with its resources, and the Roles
/// Anywhere profiles when they were asked for. Values are in the file's terms (keys, shapes, sets sorted).
public struct ImportedState: Sendable, Equatable {
    public var accountId: String
    public var region: String
    public var instances: [ImportedInstance]
    /// The resources of every Roles Anywhere kind: nil when Roles Anywhere was not imported; empty when the
    /// region has none.
    public var rolesAnywhere: [ImportedResource]?

    public init(
        accountId: String, region: String, instances: [ImportedInstance], rolesAnywhere: [ImportedResource]?
    ) {
        self.accountId = accountId
        self.region = region
        self.instances = instances
        self.rolesAnywhere = rolesAnywhere
    }

    /// How many resources of each kind were read, in `Kinds.all` order, for the closing summary.
    public var counts: [(kind: ResourceKind, count: Int)] {
        let resources = instances.flatMap(\.resources) + (rolesAnywhere ?? [])
        return Kinds.layout.kinds.map { kind in (kind, resources.count { $0.kind == kind }) }
    }
}

/// One Amazon Connect instance as it was imported: how the user named it, what it is, what it holds.
public struct ImportedInstance: Sendable, Equatable {
    public var selector: InstanceSelector
    public var live: ObservedInstance
    /// Every resource of every Connect kind in the instance.
    public var resources: [ImportedResource]

    public init(selector: InstanceSelector, live: ObservedInstance, resources: [ImportedResource]) {
        self.selector = selector
        self.live = live
        self.resources = resources
    }
}

/// One live resource: its identity and the value of every field Warden can write (identifiers excluded).
public struct ImportedResource: Sendable, Equatable {
    public var live: LiveResource
    /// File key → live value, normalised as the planner compares it.
    public var values: [String: JSONValue]

    public init(live: LiveResource, values: [String: JSONValue]) {
        self.live = live
        self.values = values
    }

    public var kind: ResourceKind { live.kind }
    public var name: String { live.name }
}
