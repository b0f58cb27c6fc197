public import AWSCore
import AWSModel
public import DesiredState
import Foundation
public import Plan
public import YAML

/// Reads the live state a desired-state file manages, and nothing more: STS GetCallerIdentity first (the
/// account guard: credentials of another account than the file's `accountId` read nothing more), the instances, one paginated List per instance and kind to find resources, then per
/// resource only the calls its managed fields need. Ids of live resources the file cannot declare (a security
/// profile's hierarchy group and flow modules) are checked with one more List per instance and collection,
/// made only when some resource there names one; an id that does not exist is an error at the value.
/// Independent reads run concurrently; the AWS layer's rate limiter keeps them within each operation's quota.
public struct Reader: Sendable {
    public let clients: AWSClients
    /// Whether to list every kind in every declared instance (drift reports), not only declared ones.
    public var listEverything: Bool
    /// Told of each collection listed and each resource read, as they finish (from any task).
    public var progress: (@Sendable (ReadProgress) -> Void)?

    /// The region for resources the file places nowhere (`--region`, `AWS_REGION`, the profile's).
    var defaultRegion: String? { clients.base.configuration.region }

    public init(
        clients: AWSClients,
        listEverything: Bool = false,
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) {
        self.clients = clients
        self.listEverything = listEverything
        self.progress = progress
    }

    /// The observed state, or every problem found (each at the place in the file it concerns).
    public func read(_ desired: DesiredState) async -> Result<ObservedState, Diagnostics> {
        var problems = Diagnostics()
        var observed = ObservedState()
        observed.defaultRegion = defaultRegion
        do {
            observed.accountId = try await clients.sts.getCallerIdentity().account
        } catch {
            problems.error(
                .awsError, "cannot identify the AWS account (STS GetCallerIdentity): \(error)", file: desired.file,
                at: nil)
            return .failure(problems)
        }
        if let guarded = desired.accountId, let account = observed.accountId, guarded.value != account {
            // The account guard: nothing else is read from the wrong account, and nothing planned.
            problems.error(
                .accountMismatch,
                "accountId: the credentials belong to account \(account), not \(guarded.value); refusing to plan "
                    + "against another account",
                file: desired.file,
                at: guarded.location
            )
            return .failure(problems)
        }

        observed.instances = await resolveInstances(desired, problems: &problems)
        let scopes = self.scopes(desired, instances: observed.instances, problems: &problems)

        // One List per scope and kind, and one per scope and collection of live resources that declared ones
        // name by id (checked after the reads), all concurrently.
        let lookups = self.lookups(desired, instances: observed.instances)
        let counter = ProgressCounter(total: scopes.count + lookups.count, step: .listed, report: progress)
        async let lookedUp = lookUp(lookups, counter: counter)
        let listings = await withTaskGroup(of: (Int, Result<[LiveResource], AWSError>).self) { group in
            for (index, scope) in scopes.enumerated() {
                let behavior = Kinds.behavior(for: scope.kind)
                group.addTask {
                    let result: Result<[LiveResource], AWSError>
                    do throws(AWSError) {
                        result = .success(try await behavior.list(scope.scope, clients: clients))
                    } catch {
                        result = .failure(error)
                    }
                    counter.finished(scope.collection.description)
                    return (index, result)
                }
            }
            var results: [Int: Result<[LiveResource], AWSError>] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }

        // Match declared resources to live ones, by id or by name.
        var matched: [(Resource, LiveResource)] = []
        for (index, scope) in scopes.enumerated() {
            let live: [LiveResource]
            switch listings[index] {
            case .success(let list)?: live = list
            case .failure(let error)?:
                problems.error(
                    .awsError,
                    "\(scope.collection): cannot list \(scope.kind.plural) \(scope.where): \(error)",
                    file: desired.file,
                    at: scope.location
                )
                continue
            case nil: continue
            }
            let declared = desired.resources(of: scope.kind).filter { resource in
                Address(Array(resource.address.components.dropLast())) == scope.collection
            }
            let result = Self.matchAll(declared, in: live, file: desired.file, problems: &problems)
            matched += result.matched
            if !result.undeclared.isEmpty { observed.undeclared[scope.collection] = result.undeclared }
        }

        // Read what each matched resource's managed fields need, concurrently.
        let reads = ProgressCounter(total: matched.count, step: .read, report: progress)
        let results = await withTaskGroup(of: (Address, Result<ObservedResource, AWSError>).self) { group in
            for (resource, live) in matched {
                group.addTask {
                    let result: Result<ObservedResource, AWSError>
                    do throws(AWSError) {
                        result = .success(try await read(live, at: resource.address, managing: resource))
                    } catch {
                        result = .failure(error)
                    }
                    reads.finished(resource.address.description)
                    return (resource.address, result)
                }
            }
            var results: [(Address, Result<ObservedResource, AWSError>)] = []
            for await result in group { results.append(result) }
            return results
        }
        let liveByAddress = Dictionary(matched.map { ($0.0.address, $0.1) }) { first, _ in first }
        for (address, result) in results.sorted(by: { $0.0 < $1.0 }) {
            switch result {
            case .success(let resource): observed.resources[address] = resource
            case .failure(let error):
                let live = liveByAddress[address]
                let what = live.map { live in
                    "\(live.kind.singular) \(JSONValue.string(live.name).serialized())"
                        + (live.identity.id.map { " (id \($0))" } ?? "")
                }
                problems.error(
                    .awsError,
                    "\(address): cannot read \(what ?? "it"): \(error)",
                    file: desired.file,
                    at: desired.resource(at: address)?.location
                )
            }
        }
        for (lookup, result) in zip(lookups, await lookedUp) {
            Self.check(lookup, against: result, file: desired.file, problems: &problems)
        }
        return problems.hasErrors ? .failure(problems.sorted()) : .success(observed)
    }

    /// Reads one live resource's managed fields (also how apply re-reads a resource before writing it).
    public func read(_ live: LiveResource, at address: Address, managing fields: [String]) async throws(AWSError)
        -> ObservedResource
    {
        let managed = live.kind.fields.filter { fields.contains($0.key) && !$0.isIdentifier }
        return ObservedResource(address: address, live: live, values: try await values(of: live, managing: managed))
    }

    /// The live value of each of `managed`, in the file's terms, read with only the calls those fields need.
    func values(of live: LiveResource, managing managed: [FieldDescription]) async throws(AWSError)
        -> [String: JSONValue]
    {
        let behavior = Kinds.behavior(for: live.kind)
        let members = try await behavior.readMembers(live, managed: managed, clients: clients)
        return behavior.fileValues(fromAWS: members, managed: managed)
    }

    func read(_ live: LiveResource, at address: Address, managing resource: Resource) async throws(AWSError)
        -> ObservedResource
    {
        try await read(live, at: address, managing: resource.managedFields)
    }

    /// One collection to list: where, which kind, and what to name in messages.
    struct Scope: Sendable {
        var scope: ReadScope
        var collection: Address
        var kind: ResourceKind
        /// `in instance 1234 (eu-west-2)`, `in eu-west-2`.
        var `where`: String
        var location: SourceLocation?
    }

    /// The collections to list: each kind the file declares (or prunes) in each instance found, and the Roles
    /// Anywhere profiles when declared; every kind everywhere for a drift report.
    private func scopes(
        _ desired: DesiredState,
        instances: [String: ObservedInstance],
        problems: inout Diagnostics
    ) -> [Scope] {
        var scopes: [Scope] = []
        for instance in desired.connectInstances {
            guard let live = instances[instance.key] else { continue }
            let kinds = Kinds.kinds(in: .connectInstance).filter { kind in
                listEverything || desired.resources(of: kind).contains { $0.instance == instance.key }
                    || instance.prune.contains { $0.value == kind.collection }
            }
            for kind in kinds {
                scopes.append(
                    Scope(
                        scope: .connectInstance(live),
                        collection: Address(instance.address.components + [kind.collection]),
                        kind: kind,
                        where: "in instance \(live.id) (\(live.region))",
                        location: instance.location
                    )
                )
            }
        }
        let rolesAnywhereKinds = Kinds.kinds(in: .rolesAnywhere).filter { kind in
            !desired.resources(of: kind).isEmpty
                || (desired.rolesAnywhere?.prune.contains { $0.value == kind.collection } ?? false)
                || (listEverything && desired.rolesAnywhere != nil)
        }
        if let region = desired.rolesAnywhereRegion ?? defaultRegion {
            for kind in rolesAnywhereKinds {
                scopes.append(
                    Scope(
                        scope: .rolesAnywhere(region: region),
                        collection: Address(["rolesAnywhere", kind.collection]),
                        kind: kind,
                        where: "in \(region)",
                        location: desired.rolesAnywhere?.location
                    )
                )
            }
        } else if !rolesAnywhereKinds.isEmpty {
            problems.error(
                .noRegion,
                "rolesAnywhere: no region; set region at the top of the file or in the rolesAnywhere section, "
                    + "or pass --region",
                file: desired.file,
                at: desired.rolesAnywhere?.location
            )
        }
        return scopes
    }
}

/// Counts finished steps across concurrent tasks and reports each.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var completed = 0
    private let total: Int
    private let step: ReadProgress.Step
    private let report: (@Sendable (ReadProgress) -> Void)?

    init(total: Int, step: ReadProgress.Step, report: (@Sendable (ReadProgress) -> Void)?) {
        self.total = total
        self.step = step
        self.report = report
    }

    func finished(_ address: String) {
        guard let report else { return }
        lock.lock()
        completed += 1
        let progress = ReadProgress(step: step, address: address, completed: completed, total: total)
        lock.unlock()
        report(progress)
    }
}
