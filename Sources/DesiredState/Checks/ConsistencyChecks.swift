import Parallel
import YAML

/// Checks that need the whole file: duplicate names and identifiers within an instance and kind, Connect
/// instances declared twice, and reference cycles between resources.
struct ConsistencyChecks {
    let file: String
    let model: ModelBuilder
    /// Whether any reference names a declared resource (the decoder tells): if none does, there is no cycle.
    var refersToResources = true

    func run() -> Diagnostics {
        var diagnostics = Diagnostics()
        duplicateResources(into: &diagnostics)
        duplicateInstances(into: &diagnostics)
        cycles(into: &diagnostics)
        return diagnostics
    }

    /// Two resources of one kind in one instance (or in Roles Anywhere) with the same name or identifier
    /// would manage the same AWS resource.
    private func duplicateResources(into diagnostics: inout Diagnostics) {
        struct Identity: Hashable {
            var kind: String
            var instance: String?
            var field: String
            var value: String
        }
        let resources = model.resources
        var seen: [Identity: Int] = [:]
        seen.reserveCapacity(2 * resources.count)
        for (index, resource) in resources.enumerated() {
            for (field, value) in [
                ("name", resource.name), ("id", resource.identifier),
            ] {
                guard let value else { continue }
                let identity = Identity(
                    kind: resource.kind.id, instance: resource.instance, field: field, value: value.value)
                if let firstIndex = seen[identity] {
                    let first = resources[firstIndex]
                    let fieldKey = field == "name" ? resource.kind.nameField : resource.kind.identifierField
                    let location = first[field: fieldKey]!.location
                    diagnostics.error(
                        "\(resource.address).\(fieldKey): \(resource.kind.singular) \(field) \(NodeDecoder.quoted(value.value)) "
                            + "is already used by \(first.address) (at \(location))",
                        file: file, at: value.location)
                } else {
                    seen[identity] = index
                }
            }
        }
    }

    /// Two logical instances selecting the same live instance (same id, or same alias, in the same Region).
    private func duplicateInstances(into diagnostics: inout Diagnostics) {
        var seen: [String: ConnectInstance] = [:]
        for instance in model.connectInstances {
            let region = instance.region?.value ?? model.region?.value ?? ""
            let (field, value) =
                switch instance.selector.value {
                case .id(let id): ("id", id)
                case .alias(let alias): ("alias", alias)
                }
            let identity = "\(region)|\(field)|\(value)"
            if let first = seen[identity] {
                diagnostics.error(
                    "\(instance.address).\(field): instance \(field) \(NodeDecoder.quoted(value)) is already used by "
                        + "\(first.address) (at \(first.selector.location))",
                    file: file, at: instance.selector.location)
            } else {
                seen[identity] = instance
            }
        }
    }

    /// References between resources must not form a cycle: each would wait for the other to be created.
    private func cycles(into diagnostics: inout Diagnostics) {
        // Only references to declared resources are edges (instances are not created): a resource without
        // any cannot be on a cycle, and most files have none at all.
        guard refersToResources else { return }
        let resources = model.resources
        let referring = Concurrently.map(over: resources.count, minimumChunk: 256) { range in
            range.compactMap { index -> (Resource, [Located<Reference>])? in
                let references = resources[index].references
                return references.isEmpty ? nil : (resources[index], references)
            }
        }.joined()
        guard !referring.isEmpty else { return }
        let declared = Set(resources.map(\.address))
        var edges: [Address: [Located<Reference>]] = [:]
        for (resource, references) in referring {
            let targets = references.filter { declared.contains($0.value.target) }
            if !targets.isEmpty { edges[resource.address] = targets }
        }
        var state: [Address: Bool] = [:]  // false: on the current path; true: finished
        var reported: Set<Set<Address>> = []

        func visit(_ address: Address, path: [Address]) {
            state[address] = false
            for reference in edges[address] ?? [] {
                let target = reference.value.target
                switch state[target] {
                case false?:
                    let start = path.firstIndex(of: target) ?? path.count
                    let cycle = Array(path[start...]) + [address]
                    let members = Set(cycle)
                    guard reported.insert(members).inserted else { continue }
                    let chain = (cycle + [target]).map(\.description).joined(separator: " -> ")
                    diagnostics.error(
                        "\(address): reference cycle: \(chain); a resource cannot depend on itself",
                        file: file, at: reference.location)
                case true?:
                    continue
                case nil:
                    visit(target, path: path + [address])
                }
            }
            state[address] = true
        }

        for resource in model.resources where edges[resource.address] != nil && state[resource.address] == nil {
            visit(resource.address, path: [])
        }
    }
}
