import AWSCore
import AWSModel
import DesiredState
import YAML

extension Reader {
    /// One List of a collection that declared resources name by id (`LiveIdentifier`), in one scope, and the
    /// ids to check against it.
    struct Lookup: Sendable {
        var identifier: LiveIdentifier
        /// The signing name of the service that lists it: that of the kind of the resources naming it.
        var service: String
        var scope: ReadScope
        /// `connect.prod.hierarchyGroups`: what progress reports as listed.
        var address: String
        /// `in instance 1234 (eu-west-2)`.
        var `where`: String
        var uses: [LiveIdentifierUse]
    }

    /// The lookups the declared resources need: one per scope and collection in which some resource names at
    /// least one id (nothing is listed for a field the file leaves out, or an empty one), in file order.
    func lookups(_ desired: DesiredState, instances: [String: ObservedInstance]) -> [Lookup] {
        var lookups: [Lookup] = []
        var positions: [String: Int] = [:]
        var fieldsOfKind: [String: [(keys: [String], identifier: LiveIdentifier)]] = [:]
        for resource in desired.resources {
            let fields = fieldsOfKind[resource.kind.id] ?? resource.kind.shape.liveIdentifierFields
            fieldsOfKind[resource.kind.id] = fields
            guard !fields.isEmpty else { continue }
            let uses = resource.liveIdentifierUses(of: fields)
            guard !uses.isEmpty, let (scope, prefix, place) = lookupScope(of: resource, desired, instances) else {
                continue
            }
            for use in uses {
                let address = prefix + "." + use.identifier.collection
                if let position = positions[address] {
                    lookups[position].uses.append(use)
                    continue
                }
                positions[address] = lookups.count
                lookups.append(
                    Lookup(
                        identifier: use.identifier, service: Kinds.behavior(for: resource.kind).service, scope: scope,
                        address: address, where: place, uses: [use]))
            }
        }
        return lookups
    }

    /// Where a resource lives, for its lookups: the scope, its address and its description.
    private func lookupScope(
        of resource: Resource, _ desired: DesiredState, _ instances: [String: ObservedInstance]
    ) -> (ReadScope, String, String)? {
        switch resource.kind.scope {
        case .connectInstance:
            guard let key = resource.instance, let live = instances[key] else { return nil }
            return (
                .connectInstance(live), Address.connectInstance(key).description,
                "in instance \(live.id) (\(live.region))"
            )
        case .rolesAnywhere:
            guard let region = desired.rolesAnywhereRegion ?? defaultRegion else { return nil }
            return (.rolesAnywhere(region: region), "rolesAnywhere", "in \(region)")
        }
    }

    /// Makes each lookup's List (every page), concurrently; the results in the lookups' order.
    func lookUp(_ lookups: [Lookup], counter: ProgressCounter) async -> [Result<[JSONValue], AWSError>] {
        let results = await withTaskGroup(of: (Int, Result<[JSONValue], AWSError>).self) { group in
            for (index, lookup) in lookups.enumerated() {
                group.addTask {
                    let result: Result<[JSONValue], AWSError>
                    do throws(AWSError) {
                        result = .success(try await list(lookup))
                    } catch {
                        result = .failure(error)
                    }
                    counter.finished(lookup.address)
                    return (index, result)
                }
            }
            var results: [Int: Result<[JSONValue], AWSError>] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }
        return lookups.indices.map { results[$0] ?? .success([]) }
    }

    private func list(_ lookup: Lookup) async throws(AWSError) -> [JSONValue] {
        let operation = lookup.identifier.listOperation
        switch lookup.scope {
        case .connectInstance(let instance):
            return try await clients.service(lookup.service, region: instance.region)
                .listAll(operation, input: ["InstanceId": .string(instance.id)], pageSize: clients.pageSize)
        case .rolesAnywhere(let region):
            return try await clients.service(lookup.service, region: region)
                .listAll(operation, input: [:], pageSize: clients.pageSize)
        }
    }

    /// An error at each id the listing does not hold, with the id the file probably means: the one whose name
    /// or ARN was written, or the closest id or name.
    static func check(
        _ lookup: Lookup, against result: Result<[JSONValue], AWSError>, file: String, problems: inout Diagnostics
    ) {
        let identifier = lookup.identifier
        let items: [JSONValue]
        switch result {
        case .success(let listed): items = listed
        case .failure(let error):
            let first = lookup.uses[0]
            problems.error(
                .awsError,
                "\(first.path): cannot list the \(identifier.plural) \(lookup.where) to check that "
                    + "\(quoted(first.id.value)) is one (\(identifier.listOperation)): \(error)",
                file: file, at: first.id.location)
            return
        }
        let live = items.compactMap { item in
            item["Id"]?.stringValue.map { (id: $0, name: item["Name"]?.stringValue, arn: item["Arn"]?.stringValue) }
        }
        let ids = Set(live.map(\.id))
        for use in lookup.uses where !ids.contains(use.id.value) {
            problems.error(
                .notFound,
                "\(use.path): no \(identifier.singular) has id \(quoted(use.id.value)) \(lookup.where)"
                    + advice(for: use.id.value, among: live, identifier: identifier),
                file: file, at: use.id.location)
        }
    }

    /// `; did you mean "ID"?`, naming the resource when the id is not what was written; or nothing.
    private static func advice(
        for written: String, among live: [(id: String, name: String?, arn: String?)], identifier: LiveIdentifier
    ) -> String {
        let named = live.filter { $0.name == written }
        if named.count > 1 {
            let ids = named.map(\.id).sorted().map(quoted).joined(separator: ", ")
            return "; \(named.count) \(identifier.plural) are named \(quoted(written)) (ids \(ids)): give one's id"
        }
        if let match = named.first {
            return
                "; \(quoted(written)) is the name of a \(identifier.singular): did you mean its id \(quoted(match.id))?"
        }
        if let match = live.first(where: { $0.arn == written }) {
            return "; that is the ARN of a \(identifier.singular): did you mean its id \(quoted(match.id))?"
        }
        if let id = Suggestion.closest(to: written, among: live.map(\.id)) {
            return "; did you mean \(quoted(id))?"
        }
        let names = live.compactMap(\.name)
        if let name = Suggestion.closest(to: written, among: names), let match = live.first(where: { $0.name == name })
        {
            return "; did you mean \(quoted(match.id)) (\(identifier.singular) \(quoted(name)))?"
        }
        return ""
    }

    private static func quoted(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }
}
