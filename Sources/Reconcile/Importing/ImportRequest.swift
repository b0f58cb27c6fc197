/// What `warden import` reads: Connect instances, and optionally the Roles Anywhere profiles of the region.
public struct ImportRequest: Sendable, Hashable {
    public var instances: [InstanceSelector]
    public var rolesAnywhere: Bool
    /// The region of instances named by id or alias, of the Roles Anywhere profiles, and of the file.
    public var region: String

    public init(instances: [InstanceSelector], rolesAnywhere: Bool, region: String) {
        self.instances = instances
        self.rolesAnywhere = rolesAnywhere
        self.region = region
    }
}
