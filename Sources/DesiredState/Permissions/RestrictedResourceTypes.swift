/// The resource types AWS documents for a security profile's restrictions (Connect API reference,
/// CreateSecurityProfile and SecurityProfile): checked offline, warned about when not documented, since AWS
/// adds resource types to tag-based access control over time.
public enum RestrictedResourceTypes {
    /// `TagRestrictedResources`: "Following are acceptable ResourceNames: User | SecurityProfile | Queue |
    /// RoutingProfile" (the current reference points at the admin guide's tagging page instead).
    public static let tagRestricted = ["User", "SecurityProfile", "Queue", "RoutingProfile"]

    /// `HierarchyRestrictedResources`: "Following are acceptable ResourceNames: User".
    public static let hierarchyRestricted = ["User"]
}
