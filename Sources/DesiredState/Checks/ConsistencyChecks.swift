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
        /// Where resources can clash: one kind in one instance, or in Roles Anywhere.
        struct Scope: Hashable {
            var kind: String
            var instance: String?
        }
        /// The first resource (by index) to use each name and each identifier in one scope.
        struct Used {
            var names: [String: Int] = [:]
            var ids: [String: Int] = [:]
        }
        let resources = model.resources
        // A scope's resources are usually one after another in the file: its table is looked up only when
        // the scope changes, and each resource costs one lookup per name or identifier.
        var scopes: [Scope: Used] = [:]
        var scope: Scope?
        var used = Used()
        for index in resources.indices {
            let resource = resources[index]
            let here = Scope(kind: resource.kind.id, instance: resource.instance)
            if here != scope {
                if let scope { scopes[scope] = used }
                used = scopes.removeValue(forKey: here) ?? Used()
                scope = here
            }
            let kind = resource.kind
            var checked = (name: false, id: false)
            for field in resource.fields {
                let isName = field.key.value == kind.nameField
                guard isName ? !checked.name : (field.key.value == kind.identifierField && !checked.id) else {
                    continue
                }
                if isName { checked.name = true } else { checked.id = true }
                guard let value = field.value.value.string else { continue }
                guard let firstIndex = isName ? used.names[value] : used.ids[value] else {
                    if isName { used.names[value] = index } else { used.ids[value] = index }
                    continue
                }
                let first = resources[firstIndex]
                let location = first[field: field.key.value]!.location
                diagnostics.error(
                    .duplicateResource,
                    "\(resource.address).\(field.key.value): \(kind.singular) \(isName ? "name" : "id") "
                        + "\(NodeDecoder.quoted(value)) is already used by \(first.address) (at \(location))",
                    file: file, at: field.value.location)
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
                    .duplicateResource,
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
                        .referenceCycle,
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
