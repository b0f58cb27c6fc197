import YAML

/// Reads the decoded file value into instances and resources. Works on partial values (the decoder leaves
/// out what is invalid), so the consistency checks can still run on everything that decoded.
struct ModelBuilder {
    let file: String
    let version: Int?
    let region: Located<String>?
    let accountId: Located<String>?
    /// Each Connect instance: its logical name and location, and its decoded fields.
    let instances: [(key: Located<String>, value: Value)]
    /// The `rolesAnywhere` section's key location and fields.
    let rolesAnywhere: (location: SourceLocation, value: Value)?
    let resources: [Resource]

    init(file: String, root: Value?, layout: FileLayout) {
        self.file = file
        version = root?["version"]?.value.integer
        region = Self.string(root?["region"])
        accountId = Self.string(root?["accountId"])
        var instances: [(key: Located<String>, value: Value)] = []
        var resources: [Resource] = []
        for entry in root?["connect"]?.value.entries ?? [] {
            instances.append((entry.key, entry.value.value))
            for kind in layout.kinds(in: .connectInstance) {
                resources += Self.resources(of: kind, in: entry.value.value[kind.collection], instance: entry.key.value)
            }
        }
        let section = root?.entries?.first { $0.key.value == "rolesAnywhere" }
        if let section {
            rolesAnywhere = (section.key.location, section.value.value)
            for kind in layout.kinds(in: .rolesAnywhere) {
                resources += Self.resources(of: kind, in: section.value.value[kind.collection], instance: nil)
            }
        } else {
            rolesAnywhere = nil
        }
        self.instances = instances
        self.resources = resources
    }

    private static func resources(of kind: ResourceKind, in collection: Located<Value>?, instance: String?)
        -> [Resource]
    {
        (collection?.value.entries ?? []).map { entry in
            Resource(
                kind: kind, key: entry.key.value, instance: instance, location: entry.key.location,
                fields: entry.value.value.entries ?? [])
        }
    }

    private static func string(_ value: Located<Value>?) -> Located<String>? {
        guard let value, let string = value.value.string else { return nil }
        return Located(string, at: value.location)
    }

    private static func prune(_ value: Value) -> [Located<String>] {
        (value["prune"]?.value.list ?? []).compactMap { item in item.value.string.map { Located($0, at: item.location) }
        }
    }

    /// The Connect instances whose selector decoded.
    var connectInstances: [ConnectInstance] {
        instances.compactMap { instance in
            let selector: Located<ConnectInstance.Selector>
            if let id = instance.value["id"], let text = id.value.string {
                selector = Located(.id(text), at: id.location)
            } else if let alias = instance.value["alias"], let text = alias.value.string {
                selector = Located(.alias(text), at: alias.location)
            } else {
                return nil
            }
            return ConnectInstance(
                key: instance.key.value, location: instance.key.location, selector: selector,
                region: Self.string(instance.value["region"]), prune: Self.prune(instance.value))
        }
    }

    /// The desired state; only meaningful when decoding and the checks found no errors.
    func state() -> DesiredState? {
        guard let version else { return nil }
        let section = rolesAnywhere.map { section in
            RolesAnywhereSection(
                location: section.location, region: Self.string(section.value["region"]),
                prune: Self.prune(section.value))
        }
        return DesiredState(
            file: file, version: version, region: region, accountId: accountId, connectInstances: connectInstances,
            rolesAnywhere: section, resources: resources)
    }
}
