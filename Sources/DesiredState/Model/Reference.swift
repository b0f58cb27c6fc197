/// A `${…}` reference to an attribute of something declared in the file:
/// `${connect.<instance>.arn|id}`, `${connect.<instance>.<collection>.<key>.arn|id}` or
/// `${rolesAnywhere.<collection>.<key>.arn|id}`.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// What a reference takes from its target.
    public enum Attribute: String, Sendable, Hashable, CaseIterable {
        case arn
        case id
    }

    /// The instance (`connect.prod`) or resource (`connect.prod.securityProfiles.agent`) referred to.
    public var target: Address
    public var attribute: Attribute

    public init(target: Address, attribute: Attribute) {
        self.target = target
        self.attribute = attribute
    }

    /// Whether the target is a Connect instance rather than a resource.
    public var targetsInstance: Bool {
        target.components.count == 2 && target.components.first == "connect"
    }

    /// The reference as written: `${connect.prod.arn}`.
    public var description: String { "${\(target).\(attribute.rawValue)}" }
}
