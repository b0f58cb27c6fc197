import YAML

/// The instances and resources a file declares, read from the raw YAML before decoding so that a
/// reference to something declared but invalid is not reported a second time.
struct DeclaredAddresses {
    private var instances: [String] = []
    private var resources: [Address: [String]] = [:]

    /// Collects the declared keys from the file's root node.
    init(root: Node) {
        for entry in root["connect"]?.mapping ?? [] where entry.keyScalar.type == .string {
            let instance = entry.keyScalar.value
            instances.append(instance)
            for kind in ResourceKind.kinds(in: .connectInstance) {
                resources[Address(["connect", instance, kind.collection])] = keys(of: entry.value[kind.collection])
            }
        }
        for kind in ResourceKind.kinds(in: .rolesAnywhere) {
            resources[Address(["rolesAnywhere", kind.collection])] = keys(of: root["rolesAnywhere"]?[kind.collection])
        }
    }

    private func keys(of node: Node?) -> [String] {
        (node?.mapping ?? []).filter { $0.keyScalar.type == .string }.map(\.keyScalar.value)
    }

    /// Why `reference` does not resolve (with a suggestion), or `nil` when its target is declared.
    func problem(with reference: Reference) -> String? {
        let components = reference.target.components
        if components.first == "connect" {
            let instance = components[1]
            guard instances.contains(instance) else {
                return "points at Connect instance \"\(instance)\", which this file does not declare"
                    + Suggestion.hint(for: instance, among: instances)
            }
            if reference.targetsInstance { return nil }
        }
        let collection = Address(Array(components.dropLast()))
        let key = components.last!
        let declared = resources[collection] ?? []
        guard declared.contains(key) else {
            return "points at \(reference.target), which this file does not declare"
                + Suggestion.hint(for: key, among: declared)
        }
        return nil
    }
}
