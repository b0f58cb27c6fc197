import AWSCore
import AWSModel
public import DesiredState
import Plan

extension Importer {
    /// Live resources a drift report found undeclared, read whole as `warden import` reads them (every field
    /// Warden can write), for `warden adopt --include-unmanaged`.
    public func read(undeclared: [Address: [LiveResource]]) async -> Result<[ImportedResource], ImportFailure> {
        let reader = Reader(clients: clients)
        let listed = undeclared.keys.sorted().flatMap { undeclared[$0]! }
        let reads = await withTaskGroup(of: (Int, Result<ImportedResource, AWSError>).self) { group in
            for (index, live) in listed.enumerated() {
                group.addTask {
                    do throws(AWSError) {
                        let writable = live.kind.fields.filter { !$0.isIdentifier }
                        return (
                            index,
                            .success(
                                ImportedResource(
                                    live: live, values: try await reader.values(of: live, managing: writable)))
                        )
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
                        + "(id \(live.identity.id ?? "unknown")): \(error)")
            }
        }
        return problems.isEmpty ? .success(resources) : .failure(ImportFailure(problems))
    }
}
