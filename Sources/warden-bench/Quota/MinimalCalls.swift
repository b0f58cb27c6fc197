import AWSModel
import DesiredState
import Reconcile

/// The fewest calls, per operation, that a plan or an apply of a fleet needs — worked out from the APIs,
/// not from what Warden happens to do, so the benchmark can show when Warden makes more. Each kind says what
/// reading one of its resources takes at the least (`KindBehavior.fewestReads`); this adds up a fleet.
///
/// A plan must identify the account (STS), find the instances (one ListInstances page per 10), list each
/// scope's resources of each kind (one page of the largest size the model allows; 1,000 where it sets none),
/// then read what listing does not return. An apply is a plan, then for each changed resource the re-read
/// Warden's stale-plan check makes (issue 6: re-read before writing, and compare) and the writes of its change.
enum MinimalCalls {
    static func plan(_ fleet: Fleet) -> CallCounts {
        var calls: CallCounts = [.sts("GetCallerIdentity"): 1]
        if !fleet.instances.isEmpty {
            calls[.connect("ListInstances")] = pages(fleet.instances.count, of: "ListInstances", in: .connect)
        }
        // One list per scope (instance, or the account's Roles Anywhere) and kind, in file order.
        var scopes: [(instance: String?, kind: ResourceKind, count: Int)] = []
        for resource in fleet.resources {
            if let last = scopes.indices.last, scopes[last].instance == resource.instance,
                scopes[last].kind == resource.kind
            {
                scopes[last].count += 1
            } else {
                scopes.append((resource.instance, resource.kind, 1))
            }
        }
        for scope in scopes {
            let behavior = Kinds.behavior(for: scope.kind)
            guard let model = ServiceModel.signedAs(behavior.service) else { continue }
            let list = OperationKey(service: behavior.service, operation: behavior.listOperation)
            calls[list, default: 0] += pages(scope.count, of: behavior.listOperation, in: model)
            for _ in 0..<scope.count { calls = calls.adding(reads(scope.kind, listed: true)) }
        }
        return calls
    }

    /// A plan of the changed fleet, the stale-plan re-reads of the changed resources, and their writes.
    static func apply(_ fleet: Fleet) -> CallCounts {
        var calls = plan(fleet)
        for (resource, change) in fleet.changes {
            calls = calls.adding(reads(resource.kind, listed: false))
            for write in change.writes { calls[write, default: 0] += 1 }
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

    /// What reading one resource of `kind` with every field managed takes, after listing it or on its own.
    static func reads(_ kind: ResourceKind, listed: Bool) -> CallCounts {
        let behavior = Kinds.behavior(for: kind)
        var calls: CallCounts = [:]
        for (operation, count) in behavior.fewestReads(listed: listed) {
            calls[OperationKey(service: behavior.service, operation: operation)] = count
        }
        return calls
    }

    /// Pages of the largest size `operation` allows (1,000 where the model sets no maximum).
    private static func pages(_ items: Int, of operation: String, in model: ServiceModel) -> Int {
        let size = Int(model.largestPageSize(for: operation)?.size ?? 1_000)
        return max(1, (items + size - 1) / size)
    }
}
