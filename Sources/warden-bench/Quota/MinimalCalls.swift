import AWSModel
import DesiredState
import Emulator
import Reconcile

/// The fewest calls, per operation, that a plan or an apply of a fleet needs — worked out from the APIs,
/// not from what Warden happens to do, so the benchmark can show when Warden makes more. Each kind says what
/// reading one of its resources takes at the least (`KindBehavior.fewestReads`); this adds up a fleet.
///
/// A plan must identify the account (STS), find the instances (one ListInstances page per 10), list each
/// scope's resources of each kind (pages of the largest size a client may ask for: `pages(_:of:in:)`),
/// list the live resources the file names by id in each instance (to check that they exist), then read what
/// listing does not return. An apply is a plan, then (`applyPhases`) for each changed resource the re-read
/// Warden's stale-plan check makes (re-read the fields the write sends before writing, and compare) and the
/// writes of its change.
enum MinimalCalls {
    static func plan(_ fleet: Fleet) -> CallCounts {
        var calls: CallCounts = [.sts("GetCallerIdentity"): 1]
        if !fleet.instances.isEmpty {
            calls[.connect("ListInstances")] = pages(fleet.instances.count, of: "ListInstances", in: .connect)
        }
        // One list per scope (instance, or the account's Roles Anywhere) and kind, in file order.
        var scopes: [(instance: String?, kind: ResourceKind, resources: [FleetResource])] = []
        for resource in fleet.resources {
            if let last = scopes.indices.last, scopes[last].instance == resource.instance,
                scopes[last].kind == resource.kind
            {
                scopes[last].resources.append(resource)
            } else {
                scopes.append((resource.instance, resource.kind, [resource]))
            }
        }
        for scope in scopes {
            let behavior = Kinds.behavior(for: scope.kind)
            guard let model = ServiceModel.signedAs(behavior.service) else { continue }
            let list = OperationKey(service: behavior.service, operation: behavior.listOperation)
            calls[list, default: 0] += pages(scope.resources.count, of: behavior.listOperation, in: model)
            for resource in scope.resources {
                calls = calls.adding(reads(resource.kind, managing: resource.fields.map(\.key), listed: true))
            }
        }
        // The ids of live resources the file cannot declare (hierarchy groups, flow modules) must exist: one
        // List per instance and collection that its resources name ids of.
        for instance in fleet.instances {
            let resources = instance.authenticationProfiles + instance.securityProfiles
            for identifier in Set(resources.flatMap(\.namedLiveIdentifiers)) {
                let list = OperationKey(service: ServiceModel.connect.signingName, operation: identifier.listOperation)
                calls[list, default: 0] += pages(instance.count(of: identifier), of: list.operation, in: .connect)
            }
        }
        return calls
    }

    /// What apply's stale-plan check re-reads before writing to a resource.
    enum Reread: Sendable {
        /// The fields the write sends, in bulk where the kind lists whole and that takes fewer calls.
        case written
        /// Every managed field, one resource at a time: the bound before Warden re-read only what it writes.
        case everyManagedField
    }

    /// A plan of the changed fleet, the stale-plan re-reads of the changed resources, and their writes.
    static func apply(_ fleet: Fleet, rereading reread: Reread = .written) -> CallCounts {
        applyPhases(fleet, rereading: reread).reduce([:]) { $0.adding($1) }
    }

    /// The apply's calls in the order they can be made: the plan's, then (the plan made, since apply writes
    /// nothing until it is) the re-reads and writes.
    static func applyPhases(_ fleet: Fleet, rereading reread: Reread = .written) -> [CallCounts] {
        [plan(fleet), rereadsAndWrites(fleet, rereading: reread)]
    }

    /// The stale-plan re-reads of the changed resources, and their writes.
    static func rereadsAndWrites(_ fleet: Fleet, rereading reread: Reread = .written) -> CallCounts {
        var calls: CallCounts = [:]
        // Where a kind lists whole (Roles Anywhere), its re-reads that need a call of their own (GetProfile)
        // are made by listing instead, when the listing takes fewer calls.
        var bulk: [ResourceKind: (alone: CallCounts, listed: CallCounts, count: Int)] = [:]
        for (resource, change) in fleet.changes {
            for write in change.writes { calls[write, default: 0] += 1 }
            guard reread == .written else {
                calls = calls.adding(reads(resource.kind, managing: resource.fields.map(\.key), listed: false))
                continue
            }
            let alone = reads(resource.kind, managing: change.fields, listed: false)
            let listed = reads(resource.kind, managing: change.fields, listed: true)
            if Kinds.behavior(for: resource.kind).listsWhole, alone != listed {
                bulk[resource.kind, default: ([:], [:], 0)].alone.merge(alone, uniquingKeysWith: +)
                bulk[resource.kind]!.listed.merge(listed, uniquingKeysWith: +)
                bulk[resource.kind]!.count += 1
            } else {
                calls = calls.adding(alone)
            }
        }
        for (kind, reread) in bulk {
            let behavior = Kinds.behavior(for: kind)
            guard let model = ServiceModel.signedAs(behavior.service) else { continue }
            let listed = fleet.resources.count { $0.kind == kind }
            let pages = pages(listed, of: behavior.listOperation, in: model)
            if reread.count >= 2 && pages < reread.count {
                calls = calls.adding(reread.listed)
                calls[OperationKey(service: behavior.service, operation: behavior.listOperation), default: 0] += pages
            } else {
                calls = calls.adding(reread.alone)
            }
        }
        return calls
    }

    /// The writes alone of `fleet.changed()`.
    static func writes(_ fleet: Fleet) -> CallCounts {
        var calls: CallCounts = [:]
        for (_, change) in fleet.changes {
            for write in change.writes { calls[write, default: 0] += 1 }
        }
        return calls
    }

    /// What reading the `managed` fields of one resource of `kind` takes, after listing it or on its own.
    static func reads(_ kind: ResourceKind, managing managed: [String], listed: Bool) -> CallCounts {
        let behavior = Kinds.behavior(for: kind)
        let fields = kind.fields.filter { managed.contains($0.key) && !$0.isIdentifier }
        var calls: CallCounts = [:]
        for (operation, count) in behavior.fewestReads(managing: fields, listed: listed) {
            calls[OperationKey(service: behavior.service, operation: operation)] = count
        }
        return calls
    }

    /// Pages of the largest size a client may ask `operation` for: the model's maximum; where the model sets
    /// none, the service's default page size, since asking for more would be a guess (Roles Anywhere's
    /// ListProfiles; Warden sends no page size there); 1,000 where neither is known.
    private static func pages(_ items: Int, of operation: String, in model: ServiceModel) -> Int {
        let size =
            model.largestPageSize(for: operation).map { Int($0.size) }
            ?? DefaultPageSize.of(service: model.signingName, operation: operation) ?? 1_000
        return max(1, (items + size - 1) / size)
    }
}
