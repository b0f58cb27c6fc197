import YAML

/// A valid desired-state file: file-level settings, Connect instances and every declared resource.
///
/// Obtain one with `DesiredState.load(text:file:layout:)` or `load(path:layout:)`; it exists only when the
/// file has no errors.
public struct DesiredState: Sendable, Hashable {
    /// The file as named by the user.
    public var file: String
    public var version: Int
    /// The default Region.
    public var region: Located<String>?
    /// The account guard.
    public var accountId: Located<String>?
    /// The Connect instances, in file order.
    public var connectInstances: [ConnectInstance]
    /// The `rolesAnywhere` section, if present.
    public var rolesAnywhere: RolesAnywhereSection?
    /// Every resource, in file order.
    public var resources: [Resource]

    public init(
        file: String, version: Int, region: Located<String>?, accountId: Located<String>?,
        connectInstances: [ConnectInstance], rolesAnywhere: RolesAnywhereSection?, resources: [Resource]
    ) {
        self.file = file
        self.version = version
        self.region = region
        self.accountId = accountId
        self.connectInstances = connectInstances
        self.rolesAnywhere = rolesAnywhere
        self.resources = resources
    }

    /// The resource at `address`.
    public func resource(at address: Address) -> Resource? {
        resources.first { $0.address == address }
    }

    /// The instance with this logical name.
    public func connectInstance(_ key: String) -> ConnectInstance? {
        connectInstances.first { $0.key == key }
    }

    /// The region the file places an instance in: its own, else the file's (nil: the AWS CLI's region).
    public func region(of instance: ConnectInstance) -> String? {
        instance.region?.value ?? region?.value
    }

    /// The region the file places Roles Anywhere profiles in: the section's, else the file's (nil: the AWS
    /// CLI's region).
    public var rolesAnywhereRegion: String? {
        rolesAnywhere?.region?.value ?? region?.value
    }

    /// The resources of one kind, in file order.
    public func resources(of kind: ResourceKind) -> [Resource] {
        resources.filter { $0.kind == kind }
    }
}
