/// Typed read access to a Roles Anywhere profile's fields; `nil` means the file does not manage the field.
public struct RolesAnywhereProfileSpec: Sendable, Hashable {
    public let resource: Resource

    /// `nil` unless `resource` is a Roles Anywhere profile.
    public init?(_ resource: Resource) {
        guard resource.kind == .rolesAnywhereProfile else { return nil }
        self.resource = resource
    }

    public var id: String? { resource.string("id") }
    public var name: String? { resource.string("name") }
    public var enabled: Bool? { resource.boolean("enabled") }
    public var roleArns: [Template]? { resource.templates("roleArns") }
    public var managedPolicyArns: [Template]? { resource.templates("managedPolicyArns") }
    public var sessionPolicy: JSONDocument? { resource.json("sessionPolicy") }
    public var durationSeconds: Int? { resource.integer("durationSeconds") }
    public var acceptRoleSessionName: Bool? { resource.boolean("acceptRoleSessionName") }
    public var requireInstanceProperties: Bool? { resource.boolean("requireInstanceProperties") }
    public var tags: [String: Template]? { resource.templateMap("tags") }

    /// Certificate field (`x509Subject`, `x509Issuer`, `x509SAN`) to mapping-rule specifiers.
    public var attributeMappings: [String: [String]]? {
        guard let entries = resource[field: "attributeMappings"]?.value.entries else { return nil }
        var mappings: [String: [String]] = [:]
        for entry in entries {
            mappings[entry.key.value] = entry.value.value.strings ?? []
        }
        return mappings
    }
}
