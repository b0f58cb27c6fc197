import AWSCore
import AWSModel
import DesiredState
import Plan

/// Apply's re-reads of many resources of a kind whose List returns them whole (Roles Anywhere ListProfiles)
/// made with that List, when it costs fewer calls: the List and the calls it saves draw from the same rate
/// bucket, so fewer calls is less time at the quota.
///
/// For each scope, the updates and deletes whose re-read on its own needs a call the listing makes
/// unnecessary (GetProfile) are counted; with two or more, pages are listed until every one is found, but
/// never as many pages as there are such resources (then a call each would cost no more). A resource found
/// is re-read from its listing; one not found in a complete listing is gone; the others are read on their
/// own, as without this.
struct BulkReread: Sendable {
    /// What the listing of one scope found.
    struct Listing: Sendable {
        /// Every resource listed, by id (those whose re-read would not have needed the listing too).
        var found: [String: LiveResource]
        /// Whether every page was read (so a resource not found does not exist).
        var complete: Bool
    }

    let clients: AWSClients

    /// The listings made for `changes`, by scope.
    func listings(for changes: [ResourceChange]) async -> [ReadScope: Listing] {
        var waiting: [ReadScope: (behavior: any KindBehavior, ids: Set<String>)] = [:]
        for change in changes where change.action != .create && change.fingerprint != nil {
            guard let kind = Kinds.named(change.kind), let id = change.identity.id else { continue }
            let behavior = Kinds.behavior(for: kind)
            guard behavior.listsWhole else { continue }
            let checked = kind.fields.filter { change.fieldsToCheck.contains($0.key) && !$0.isIdentifier }
            let alone = behavior.fewestReads(managing: checked, listed: false)
            let listed = behavior.fewestReads(managing: checked, listed: true)
            guard alone.keys.contains(where: { listed[$0] == nil }) else { continue }
            waiting[Self.scope(of: kind, change.identity), default: (behavior, [])].ids.insert(id)
        }
        var listings: [ReadScope: Listing] = [:]
        for (scope, entry) in waiting where entry.ids.count >= 2 {
            let ids = entry.ids
            do throws(AWSError) {
                let (resources, complete) = try await entry.behavior.list(
                    scope, clients: clients, maxPages: ids.count - 1
                ) { ids.isSubset(of: $0.compactMap(\.identity.id)) }
                var found: [String: LiveResource] = [:]
                for live in resources {
                    if let id = live.identity.id { found[id] = live }
                }
                listings[scope] = Listing(found: found, complete: complete)
            } catch {
                // Without the listing, each resource is read on its own, and reports its own error if any.
                continue
            }
        }
        return listings
    }

    /// Where a resource of `kind` with `identity` is listed.
    static func scope(of kind: ResourceKind, _ identity: ResourceChange.Identity) -> ReadScope {
        switch kind.scope {
        case .connectInstance:
            .connectInstance(
                ObservedInstance(id: identity.instanceId ?? "", arn: "", alias: nil, region: identity.region))
        case .rolesAnywhere: .rolesAnywhere(region: identity.region)
        }
    }
}
