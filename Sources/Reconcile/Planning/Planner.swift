import AWSModel
public import DesiredState
import Parallel
public import Plan
public import YAML

/// Desired state × observed state → Plan. Pure: no network, no clock; the same inputs always give the same
/// plan. Every problem is reported, each at the place in the file it concerns. The observed state is the
/// reader's, which has already checked the account guard.
public struct Planner: Sendable {
    public var desired: DesiredState
    public var observed: ObservedState
    public var desiredFile: Plan.DesiredFile
    public var mode: Plan.Mode
    public var wardenVersion: String

    public init(
        desired: DesiredState,
        observed: ObservedState,
        desiredFile: Plan.DesiredFile,
        mode: Plan.Mode = .plan,
        wardenVersion: String
    ) {
        self.desired = desired
        self.observed = observed
        self.desiredFile = desiredFile
        self.mode = mode
        self.wardenVersion = wardenVersion
    }

    public func plan() -> Result<Plan, Diagnostics> {
        var diagnostics = Diagnostics()
        let known = KnownValues(observed: observed, desired: desired)
        // Each resource is planned on its own, on all cores; the graph and the diagnostics are then put
        // together in file order, exactly as planning them one after the other would.
        let resources = desired.resources
        let planned = Concurrently.map(over: resources.count, minimumChunk: 64) { range in
            range.map { index in self.plan(resources[index], known: known) }
        }
        // Changes in file order; the graph, only when some resource waits for another, then orders them
        // (with none waiting, its order is the file's).
        let waiting = planned.contains { chunk in chunk.contains { !$0.waitsFor.isEmpty } }
        var changes: [ResourceChange] = []
        var unchanged = 0
        var graph = DependencyGraph()
        for (index, outcome) in planned.joined().enumerated() {
            if waiting {
                let address = resources[index].address.description
                graph.add(address)
                for target in outcome.waitsFor { graph.add(address, dependsOn: target) }
            }
            switch outcome.change {
            case .success(let change?):
                changes.append(change)
            case .success(nil):
                unchanged += 1
            case .failure(let error):
                let resource = resources[index]
                let location = error.field.flatMap { resource.keyLocation(of: $0) } ?? resource.location
                diagnostics.error(
                    .unsupportedChange, "\(resource.address): \(error.message)", file: desired.file, at: location)
            }
        }
        if waiting {
            switch graph.topologicalOrder() {
            case .success(let order):
                var byAddress = Dictionary(uniqueKeysWithValues: changes.map { ($0.address, $0) })
                changes = order.compactMap { address in
                    byAddress[address]?.dependsOn = graph.dependencies(of: address)
                    return byAddress[address]
                }
            case .failure(let cycle):
                let first = desired.resources.first { $0.address.description == cycle.path.first }
                diagnostics.error(
                    .referenceCycle,
                    "references form a cycle: \(cycle.path.joined(separator: " -> ")); nothing can be created first",
                    file: desired.file,
                    at: first?.location
                )
                return .failure(diagnostics)
            }
        }
        guard !diagnostics.hasErrors else { return .failure(diagnostics.sorted()) }
        let (deletions, unmanaged) = pruning()
        changes += deletions
        return .success(
            Plan(
                wardenVersion: wardenVersion,
                mode: mode,
                desiredFile: desiredFile,
                accountId: observed.accountId,
                changes: changes,
                unmanaged: mode == .drift ? unmanaged : [],
                unchangedCount: unchanged
            )
        )
    }

    /// What planning one resource found: its change (nil when it is as declared; `dependsOn` is left for the
    /// graph to fill in), and the resources it waits for, in the order its fields name them.
    private struct PlannedResource: Sendable {
        var change: Result<ResourceChange?, PlanningProblem>
        var waitsFor: [String]
    }

    private func plan(_ resource: Resource, known: KnownValues) -> PlannedResource {
        var waitsFor: [String] = []
        do {
            return PlannedResource(
                change: .success(try change(for: resource, known: known, waitsFor: &waitsFor)), waitsFor: waitsFor)
        } catch {
            return PlannedResource(change: .failure(error), waitsFor: waitsFor)
        }
    }

    /// The change one declared resource needs, or nil when it is as declared.
    private func change(for resource: Resource, known: KnownValues, waitsFor: inout [String])
        throws(PlanningProblem) -> ResourceChange?
    {
        // The live resource's values alone are read first: most resources need nothing else of it.
        let liveIndex = observed.resources.index(forKey: resource.address)
        let liveValues = liveIndex.map { observed.resources.values[$0].values }
        var desiredValues: [String: ResolvedValue] = [:]
        for entry in resource.fields {
            guard let field = resource.kind.field(entry.key.value), !field.isIdentifier else { continue }
            // Most fields of a live resource are as declared: those are neither built nor compared (an update
            // sends only what changes).
            if let liveValues,
                UnchangedValue.matches(
                    entry.value.value, field, observed: liveValues[field.key] ?? Self.emptyValue(of: field),
                    known: known)
            {
                continue
            }
            var value = ResolvedValue(entry.value.value, known: known)
            if case .known(let resolved) = value {
                // Canonical form: sets sorted, keyed lists by key, so calls are the same however the file
                // orders them.
                value = .known(FieldMapping.normalized(resolved, field))
            }
            desiredValues[field.key] = value
            if case .unknown(_, let references) = value {
                for reference in references where !reference.targetsInstance {
                    waitsFor.append(reference.target.description)
                }
            }
        }
        // Every field of a live resource as declared: nothing to change.
        if liveIndex != nil && desiredValues.isEmpty { return nil }
        let live = liveIndex.map { observed.resources.values[$0] }
        let behavior = Kinds.behavior(for: resource.kind)
        let region = self.region(of: resource)
        let instanceId = resource.instance.flatMap { observed.instances[$0]?.id }
        let name = resource.name?.value ?? live?.live.name ?? resource.key

        var attributes: [AttributeChange] = []
        var changed: Set<String> = []
        for field in resource.kind.fields {
            guard let desiredValue = desiredValues[field.key] else { continue }
            let observedValue = live.map { $0.values[field.key] ?? Self.emptyValue(of: field) } ?? nil
            let fieldChanges = FieldComparison.changes(
                field,
                desired: desiredValue,
                observed: observedValue,
                path: field.key,
                known: known
            )
            if !fieldChanges.isEmpty {
                attributes += fieldChanges
                changed.insert(field.key)
            }
        }

        let context = CallContext(
            kind: resource.kind,
            address: resource.address,
            name: name,
            identity: live?.live.identity ?? ResourceChange.Identity(region: region, instanceId: instanceId),
            desired: desiredValues,
            observed: live?.values ?? [:],
            changed: changed,
            known: known
        )
        guard let live else {
            return ResourceChange(
                address: resource.address.description,
                kind: resource.kind.id,
                action: .create,
                name: name,
                identity: context.identity,
                attributes: attributes,
                calls: try behavior.createCalls(context),
                managedFields: resource.managedFields
            )
        }
        guard !changed.isEmpty else { return nil }
        // Apply re-reads and compares only what it writes: a write overwrites nothing it does not send.
        let written = resource.kind.fields.map(\.key).filter(changed.contains)
        return ResourceChange(
            address: resource.address.description,
            kind: resource.kind.id,
            action: .update,
            name: live.live.name,
            identity: live.live.identity,
            attributes: attributes,
            calls: try behavior.updateCalls(context),
            fingerprint: live.fingerprint(covering: written),
            managedFields: resource.managedFields,
            checkedFields: written
        )
    }

    /// Deletions of undeclared resources in collections that opt in to pruning, and (for drift reports) the
    /// undeclared resources that stay.
    private func pruning() -> (deletions: [ResourceChange], unmanaged: [UnmanagedResource]) {
        var pruned: Set<Address> = []
        for instance in desired.connectInstances {
            for collection in instance.prune {
                pruned.insert(Address(instance.address.components + [collection.value]))
            }
        }
        for collection in desired.rolesAnywhere?.prune ?? [] {
            pruned.insert(Address(["rolesAnywhere", collection.value]))
        }

        var deletions: [ResourceChange] = []
        var unmanaged: [UnmanagedResource] = []
        for scope in observed.undeclared.keys.sorted() {
            let resources = observed.undeclared[scope] ?? []
            // Names are unique in Connect but not in Roles Anywhere: a shared name is told apart by id.
            let shared = Dictionary(grouping: resources, by: \.name).filter { $0.value.count > 1 }
            for live in resources {
                let address =
                    shared[live.name] == nil
                    ? "\(scope).\(live.name)" : "\(scope).\(live.name)#\(live.identity.id ?? "")"
                let behavior = Kinds.behavior(for: live.kind)
                if pruned.contains(scope), live.kind.canDelete, !behavior.protectedNames.contains(live.name) {
                    deletions.append(
                        ResourceChange(
                            address: address,
                            kind: live.kind.id,
                            action: .delete,
                            name: live.name,
                            identity: live.identity,
                            attributes: [],
                            calls: behavior.deleteCalls(live),
                            fingerprint: ObservedResource(address: scope, live: live, values: [:]).fingerprint
                        )
                    )
                } else {
                    unmanaged.append(
                        UnmanagedResource(
                            scope: scope.description, kind: live.kind.id, name: live.name, identity: live.identity)
                    )
                }
            }
        }
        return (deletions, unmanaged)
    }

    /// The region a resource lives in: its instance's, the Roles Anywhere section's, or the file's.
    private func region(of resource: Resource) -> String {
        if let instance = resource.instance, let live = observed.instances[instance] { return live.region }
        let placed =
            resource.kind.scope == .rolesAnywhere
            ? desired.rolesAnywhereRegion
            : resource.instance.flatMap(desired.connectInstance).flatMap(desired.region(of:)) ?? desired.region?.value
        return placed ?? observed.defaultRegion ?? ""
    }

    /// What a managed list or mapping AWS does not report holds: nothing. Scalars have no such default.
    static func emptyValue(of field: FieldDescription) -> JSONValue? {
        switch field.type {
        case .list: .array([])
        case .map: .object([:])
        default: nil
        }
    }
}
