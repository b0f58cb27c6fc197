import AWSCore
import AWSModel
import DesiredState
import Plan

/// Reads the live state `warden import` writes out: the account (STS), the named Connect instances, every
/// resource of every kind in them and, when asked, every Roles Anywhere resource of the region. It finds
/// instances and reads resources as plan's `Reader` does, asking for every field Warden can write, so what it
/// reads is what a plan of the imported file compares against. Reads run concurrently within the rate limits.
public struct Importer: Sendable {
    public let clients: AWSClients

    public init(clients: AWSClients) {
        self.clients = clients
    }

    /// The imported state, or every problem met.
    public func read(_ request: ImportRequest) async -> Result<ImportedState, ImportFailure> {
        let accountId: String
        do {
            accountId = try await clients.sts.getCallerIdentity().account
        } catch {
            return .failure(ImportFailure(["cannot identify the AWS account (STS GetCallerIdentity): \(error)"]))
        }
        var problems: [String] = []
        let resolved = await resolve(request, problems: &problems)

        var scopes: [(scope: ReadScope, kind: ResourceKind, label: String)] = []
        for (_, live) in resolved {
            for kind in Kinds.kinds(in: .connectInstance) {
                scopes.append((.connectInstance(live), kind, "instance \(live.alias ?? live.id)"))
            }
        }
        if request.rolesAnywhere {
            for kind in Kinds.kinds(in: .rolesAnywhere) {
                scopes.append((.rolesAnywhere(region: request.region), kind, request.region))
            }
        }
        let readings = await withTaskGroup(of: (Int, Result<[ImportedResource], ImportFailure>).self) { group in
            for (index, entry) in scopes.enumerated() {
                group.addTask { (index, await read(entry.kind, in: entry.scope, label: entry.label)) }
            }
            var results: [Int: Result<[ImportedResource], ImportFailure>] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }
        var byScope: [ReadScope: [ImportedResource]] = [:]
        for index in scopes.indices {
            switch readings[index] {
            case .success(let resources)?: byScope[scopes[index].scope, default: []] += resources
            case .failure(let failure)?: problems += failure.problems
            case nil: break
            }
        }
        guard problems.isEmpty else { return .failure(ImportFailure(problems)) }
        let instances = resolved.map { selector, live in
            ImportedInstance(selector: selector, live: live, resources: byScope[.connectInstance(live)] ?? [])
        }
        return .success(
            ImportedState(
                accountId: accountId,
                region: request.region,
                instances: instances,
                rolesAnywhere: request.rolesAnywhere
                    ? byScope[.rolesAnywhere(region: request.region)] ?? [] : nil
            )
        )
    }

    /// Every resource of `kind` in `scope` with every writable field, sorted by name (then id).
    func read(_ kind: ResourceKind, in scope: ReadScope, label: String) async -> Result<
        [ImportedResource], ImportFailure
    > {
        let listed: [LiveResource]
        do {
            listed = try await Kinds.behavior(for: kind).list(scope, clients: clients)
        } catch {
            return .failure(ImportFailure(["cannot list the \(kind.plural) of \(label): \(error)"]))
        }
        let resources: [ImportedResource]
        switch await readWhole(listed, of: label) {
        case .success(let read): resources = read
        case .failure(let failure): return .failure(failure)
        }
        return .success(
            resources.sorted { ($0.name, $0.live.identity.id ?? "") < ($1.name, $1.live.identity.id ?? "") }
        )
    }

    /// Finds each named instance once (`InstanceResolver`: by id or ARN with DescribeInstance, by alias with
    /// one ListInstances per region). An instance named twice is imported once.
    private func resolve(_ request: ImportRequest, problems: inout [String]) async -> [(
        InstanceSelector, ObservedInstance
    )] {
        func lookup(_ selector: InstanceSelector) -> InstanceResolver.Lookup {
            switch selector {
            case .id(let id): .init(by: .id(id), region: request.region)
            case .arn(let region, let id): .init(by: .id(id), region: region)
            case .alias(let alias): .init(by: .alias(alias), region: request.region)
            }
        }
        let results = await InstanceResolver(clients: clients).resolve(request.instances.map(lookup))
        var found: [(InstanceSelector, ObservedInstance)] = []
        var listFailures: Set<String> = []
        for selector in request.instances {
            let lookup = lookup(selector)
            switch results[lookup] {
            case .success(let live)?:
                if !found.contains(where: { $0.1.id == live.id }) { found.append((selector, live)) }
            case .failure(let failure)?:
                switch (lookup.by, failure) {
                case (.id(let id), .describeFailed(let error)):
                    problems.append("cannot describe Amazon Connect instance \(id) in \(lookup.region): \(error)")
                case (.id(let id), _):
                    problems.append("no Amazon Connect instance has id \(id) in \(lookup.region)")
                case (.alias, .listFailed(let error)):
                    // One failed listing of a region is reported once, however many aliases it was to find.
                    if listFailures.insert(lookup.region).inserted {
                        problems.append("cannot list the Amazon Connect instances in \(lookup.region): \(error)")
                    }
                case (.alias(let alias), .noSuchAlias(let aliases)):
                    problems.append(
                        "no Amazon Connect instance has alias \(alias) in \(lookup.region) "
                            + (aliases.isEmpty
                                ? "(the region has no instances; is --region right?)"
                                : "(its instances: \(aliases.joined(separator: ", ")))")
                    )
                case (.alias(let alias), _):
                    problems.append("no Amazon Connect instance has alias \(alias) in \(lookup.region)")
                }
            case nil:
                break
            }
        }
        return found
    }

    /// Each of `listed` read with every field Warden can write, in list order, all at once; every resource that
    /// could not be read is named (`of`: where they were listed, for the message).
    func readWhole(_ listed: [LiveResource], of place: String? = nil) async
        -> Result<[ImportedResource], ImportFailure>
    {
        let reader = Reader(clients: clients)
        let reads = await withTaskGroup(of: (Int, Result<ImportedResource, AWSError>).self) { group in
            for (index, live) in listed.enumerated() {
                group.addTask {
                    do throws(AWSError) {
                        let writable = live.kind.fields.filter { !$0.isIdentifier }
                        let values = try await reader.values(of: live, managing: writable)
                        return (index, .success(ImportedResource(live: live, values: values)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results: [(Int, Result<ImportedResource, AWSError>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var resources: [ImportedResource] = []
        var problems: [String] = []
        for (index, result) in reads {
            switch result {
            case .success(let resource): resources.append(resource)
            case .failure(let error):
                let live = listed[index]
                problems.append(
                    "cannot read \(live.kind.singular) \(JSONValue.string(live.name).serialized()) "
                        + "(id \(live.identity.id ?? "unknown"))\(place.map { " of \($0)" } ?? ""): \(error)")
            }
        }
        return problems.isEmpty ? .success(resources) : .failure(ImportFailure(problems))
    }
}
