import YAML

/// The instances and resources a file declares, read from the raw YAML before decoding so that a
/// reference to something declared but invalid is not reported a second time.
struct DeclaredAddresses: Sendable {
    private var instances: [String] = []
    private var resources: [Address: [String]] = [:]

    /// Collects the declared keys from the file's root node.
    init(document: YAMLDocument, layout: FileLayout) {
        let root = document.root
        for entry in Self.stringKeyed(document.value(root, key: "connect"), in: document) {
            let instance = document.keyText(entry.key)
            instances.append(instance)
            for kind in layout.kinds(in: .connectInstance) {
                resources[Address(["connect", instance, kind.collection])] = Self.stringKeyed(
                    document.value(entry.value, key: kind.collection), in: document
                ).map { document.keyText($0.key) }
            }
        }
        let rolesAnywhere = document.value(root, key: "rolesAnywhere")
        for kind in layout.kinds(in: .rolesAnywhere) {
            resources[Address(["rolesAnywhere", kind.collection])] = Self.stringKeyed(
                rolesAnywhere.flatMap { document.value($0, key: kind.collection) }, in: document
            ).map { document.keyText($0.key) }
        }
    }

    /// The entries of `node` with string keys; none if it is not a mapping.
    private static func stringKeyed(_ node: Int?, in document: YAMLDocument) -> [(key: Int, value: Int)] {
        guard let entries = node.flatMap(document.entries) else { return [] }
        return entries.filter { document.scalarType($0.key) == .string }
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
