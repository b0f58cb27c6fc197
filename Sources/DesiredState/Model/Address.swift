/// Where a resource or instance lives in the desired state, as plans print it:
/// `connect.prod`, `connect.prod.securityProfiles.agent`, `rolesAnywhere.profiles.connect-ops`.
public struct Address: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var components: [String]

    public init(_ components: [String]) {
        self.components = components
    }

    /// `connect.<instance>`.
    public static func connectInstance(_ instance: String) -> Address {
        Address(["connect", instance])
    }

    /// The address of the resource `key` of `kind`; `instance` is the logical name of its Connect instance
    /// (ignored for kinds outside Connect).
    public static func resource(_ kind: ResourceKind, instance: String?, key: String) -> Address {
        switch kind.scope {
        case .connectInstance: Address(["connect", instance ?? "", kind.collection, key])
        case .rolesAnywhere: Address(["rolesAnywhere", kind.collection, key])
        }
    }

    /// The components joined with dots.
    public var description: String { components.joined(separator: ".") }

    public static func < (lhs: Address, rhs: Address) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }
}
