import AWSCore
import AWSModel
import DesiredState
import Plan
import YAML

/// Reads the live state a desired-state file manages, and nothing more: one paginated List per instance
/// and kind to find resources, then per resource only the calls its managed fields need. Independent reads
/// run concurrently; the AWS layer's rate limiter keeps them within each operation's quota.
public struct Reader: Sendable {
    public let clients: AWSClients
    /// Whether to list every kind in every declared instance (drift reports), not only declared ones.
    public var listEverything: Bool

    public init(clients: AWSClients, listEverything: Bool = false) {
        self.clients = clients
        self.listEverything = listEverything
    }

    /// The observed state, or every problem found (each at the place in the file it concerns).
    public func read(_ desired: DesiredState) async -> Result<ObservedState, Diagnostics> {
        var problems = Diagnostics()
        var observed = ObservedState()
        do {
            observed.accountId = try await clients.sts.getCallerIdentity().account
        } catch {
            problems.error(
                "cannot identify the AWS account (STS GetCallerIdentity): \(error)", file: desired.file, at: nil)
            return .failure(problems)
        }
        if let guarded = desired.accountId, guarded.value != observed.accountId {
            // The planner reports it; nothing else is read from the wrong account.
            return .success(observed)
        }

        let instances = await resolveInstances(desired, problems: &problems)
        observed.instances = instances
        var scopes: [(scope: ReadScope, collection: Address, kinds: [ResourceKind])] = []
        for instance in desired.connectInstances {
            guard let live = instances[instance.key] else { continue }
            let kinds = ResourceKind.kinds(in: .connectInstance).filter { kind in
                listEverything || !desired.resources(of: kind).filter { $0.instance == instance.key }.isEmpty
                    || instance.prune.contains { $0.value == kind.collection }
            }
            for kind in kinds {
                scopes.append(
                    (.connectInstance(live), Address(instance.address.components + [kind.collection]), [kind]))
            }
        }
        let rolesAnywhereKinds = ResourceKind.kinds(in: .rolesAnywhere).filter { kind in
            !desired.resources(of: kind).isEmpty
                || (desired.rolesAnywhere?.prune.contains { $0.value == kind.collection } ?? false)
                || (listEverything && desired.rolesAnywhere != nil)
        }
        if let region = desired.rolesAnywhere?.region?.value ?? desired.region?.value {
            for kind in rolesAnywhereKinds {
                scopes.append((.rolesAnywhere(region: region), Address(["rolesAnywhere", kind.collection]), [kind]))
            }
        } else if !rolesAnywhereKinds.isEmpty {
            problems.error(
                "rolesAnywhere: no region; set region at the top of the file or in the rolesAnywhere section",
                file: desired.file,
                at: desired.rolesAnywhere?.location
            )
        }

        // One List per scope and kind, concurrently.
        let listings = await withTaskGroup(of: (Int, Result<[LiveResource], AWSError>).self) { group in
            for (index, entry) in scopes.enumerated() {
                let behavior = KindBehaviors.behavior(for: entry.kinds[0])
                group.addTask {
                    do throws(AWSError) {
                        return (index, .success(try await behavior.list(entry.scope, clients: clients)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results: [Int: Result<[LiveResource], AWSError>] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }

        // Match declared resources to live ones, by id or by name.
        var matched: [(Resource, LiveResource)] = []
        for (index, entry) in scopes.enumerated() {
            let kind = entry.kinds[0]
            let live: [LiveResource]
            switch listings[index] {
            case .success(let list)?: live = list
            case .failure(let error)?:
                problems.error("\(entry.collection): cannot list \(kind.plural): \(error)", file: desired.file, at: nil)
                continue
            case nil: continue
            }
            let declared = desired.resources(of: kind).filter { resource in
                Address(Array(resource.address.components.dropLast())) == entry.collection
            }
            var claimed: Set<String> = []
            for resource in declared {
                switch Self.match(resource, in: live) {
                case .found(let found):
                    matched.append((resource, found))
                    claimed.insert(found.identity.id ?? found.name)
                case .missing:
                    break
                case .problem(let message, let location):
                    problems.error("\(resource.address): \(message)", file: desired.file, at: location)
                }
            }
            let undeclared = live.filter { !claimed.contains($0.identity.id ?? $0.name) }
            if !undeclared.isEmpty { observed.undeclared[entry.collection] = undeclared }
        }

        // Read what each matched resource's managed fields need, concurrently.
        let reads = await withTaskGroup(of: (Address, Result<ObservedResource, AWSError>).self) { group in
            for (resource, live) in matched {
                group.addTask {
                    do throws(AWSError) {
                        return (
                            resource.address, .success(try await read(live, at: resource.address, managing: resource))
                        )
                    } catch {
                        return (resource.address, .failure(error))
                    }
                }
            }
            var results: [(Address, Result<ObservedResource, AWSError>)] = []
            for await result in group { results.append(result) }
            return results
        }
        for (address, result) in reads.sorted(by: { $0.0 < $1.0 }) {
            switch result {
            case .success(let resource): observed.resources[address] = resource
            case .failure(let error):
                let location = desired.resource(at: address)?.location
                problems.error("\(address): cannot read it: \(error)", file: desired.file, at: location)
            }
        }
        return problems.hasErrors ? .failure(problems.sorted()) : .success(observed)
    }

    /// Reads one live resource's managed fields (also how apply re-reads a resource before writing it).
    public func read(_ live: LiveResource, at address: Address, managing fields: [String]) async throws(AWSError)
        -> ObservedResource
    {
        let behavior = KindBehaviors.behavior(for: live.kind)
        let managed = live.kind.fields.filter { fields.contains($0.key) && !$0.isIdentifier }
        let members = try await behavior.readMembers(live, managed: managed, clients: clients)
        return ObservedResource(
            address: address, live: live, values: behavior.fileValues(fromAWS: members, managed: managed))
    }

    func read(_ live: LiveResource, at address: Address, managing resource: Resource) async throws(AWSError)
        -> ObservedResource
    {
        try await read(live, at: address, managing: Self.managedFields(of: resource))
    }

    /// The file keys a declared resource manages: the fields it sets, less those that only identify it.
    public static func managedFields(of resource: Resource) -> [String] {
        resource.kind.fields.filter { field in
            !field.isIdentifier && resource[field: field.key] != nil
        }.map(\.key)
    }

    enum Match {
        case found(LiveResource)
        case missing
        case problem(String, SourceLocation?)
    }

    /// By `id` when the file gives one, otherwise by exact name; a name several live resources share is an
    /// error that asks for the id.
    static func match(_ resource: Resource, in live: [LiveResource]) -> Match {
        let kind = resource.kind
        if let id = resource.identifier {
            guard let found = live.first(where: { $0.identity.id == id.value }) else {
                return .problem("no \(kind.singular) has id \(id.value)", id.location)
            }
            return .found(found)
        }
        guard let name = resource.name else { return .missing }
        let named = live.filter { $0.name == name.value }
        switch named.count {
        case 0: return .missing
        case 1: return .found(named[0])
        default:
            let ids = named.compactMap(\.identity.id).sorted().joined(separator: ", ")
            return .problem(
                "\(named.count) \(kind.plural) are named \(JSONValue.string(name.value).serialized()) (ids \(ids)); "
                    + "add id: to say which one",
                name.location
            )
        }
    }

    /// Finds each declared instance: by id with DescribeInstance, by alias with one ListInstances per region.
    private func resolveInstances(_ desired: DesiredState, problems: inout Diagnostics) async -> [String:
        ObservedInstance]
    {
        var found: [String: ObservedInstance] = [:]
        var listings: [String: Result<[JSONValue], AWSError>] = [:]
        for instance in desired.connectInstances {
            guard let region = instance.region?.value ?? desired.region?.value else {
                problems.error(
                    "\(instance.address): no region; set region at the top of the file or on the instance",
                    file: desired.file,
                    at: instance.location
                )
                continue
            }
            switch instance.selector.value {
            case .id(let id):
                do {
                    let answer = try await clients.connect(region).call(
                        "DescribeInstance", input: ["InstanceId": .string(id)])
                    let live = answer["Instance"] ?? [:]
                    found[instance.key] = ObservedInstance(
                        id: live["Id"]?.stringValue ?? id,
                        arn: live["Arn"]?.stringValue ?? "",
                        alias: live["InstanceAlias"]?.stringValue,
                        region: region
                    )
                } catch {
                    let message =
                        error.code == "ResourceNotFoundException"
                        ? "no Amazon Connect instance has id \(id) in \(region)"
                        : "cannot describe instance \(id): \(error)"
                    problems.error(
                        "\(instance.address): \(message)", file: desired.file, at: instance.selector.location)
                }
            case .alias(let alias):
                if listings[region] == nil {
                    do {
                        listings[region] = .success(
                            try await clients.connect(region).listAll("ListInstances", input: [:]))
                    } catch {
                        listings[region] = .failure(error)
                    }
                }
                switch listings[region]! {
                case .failure(let error):
                    problems.error(
                        "\(instance.address): cannot list instances in \(region): \(error)",
                        file: desired.file,
                        at: instance.selector.location
                    )
                case .success(let summaries):
                    guard let live = summaries.first(where: { $0["InstanceAlias"]?.stringValue == alias }) else {
                        problems.error(
                            "\(instance.address): no Amazon Connect instance has alias \(alias) in \(region)",
                            file: desired.file,
                            at: instance.selector.location
                        )
                        continue
                    }
                    found[instance.key] = ObservedInstance(
                        id: live["Id"]?.stringValue ?? "",
                        arn: live["Arn"]?.stringValue ?? "",
                        alias: alias,
                        region: region
                    )
                }
            }
        }
        return found
    }
}
