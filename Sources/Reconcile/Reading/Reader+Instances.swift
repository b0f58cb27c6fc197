import AWSCore
import AWSModel
import DesiredState
import YAML

extension Reader {
    /// Finds each declared instance (`InstanceResolver`). Two declarations of one live instance are an error.
    func resolveInstances(_ desired: DesiredState, problems: inout Diagnostics) async -> [String: ObservedInstance] {
        var lookups: [String: InstanceResolver.Lookup] = [:]
        for instance in desired.connectInstances {
            guard let region = desired.region(of: instance) ?? defaultRegion else {
                problems.error(
                    .noRegion,
                    "\(instance.address): no region; set region at the top of the file or on the instance, or pass "
                        + "--region",
                    file: desired.file,
                    at: instance.location
                )
                continue
            }
            switch instance.selector.value {
            case .id(let id): lookups[instance.key] = .init(by: .id(id), region: region)
            case .alias(let alias): lookups[instance.key] = .init(by: .alias(alias), region: region)
            }
        }
        let instances = desired.connectInstances.filter { lookups[$0.key] != nil }
        let results = await InstanceResolver(clients: clients).resolve(instances.compactMap { lookups[$0.key] })

        var found: [String: ObservedInstance] = [:]
        var claimedBy: [String: ConnectInstance] = [:]
        for instance in instances {
            guard let lookup = lookups[instance.key], let result = results[lookup] else { continue }
            let live: ObservedInstance
            switch result {
            case .success(let instance): live = instance
            case .failure(let failure):
                let (code, message): (DiagnosticCode, String) =
                    switch (lookup.by, failure) {
                    case (.id(let id), .describeFailed(let error)):
                        (.awsError, "cannot describe instance \(id) in \(lookup.region): \(error)")
                    case (.id(let id), _): (.notFound, "no Amazon Connect instance has id \(id) in \(lookup.region)")
                    case (.alias(let alias), .listFailed(let error)):
                        (.awsError, "cannot list instances in \(lookup.region) to find alias \(alias): \(error)")
                    case (.alias(let alias), _):
                        (.notFound, "no Amazon Connect instance has alias \(alias) in \(lookup.region)")
                    }
                problems.error(
                    code, "\(instance.address): \(message)", file: desired.file, at: instance.selector.location)
                continue
            }
            if let first = claimedBy[live.arn.isEmpty ? live.id : live.arn] {
                problems.error(
                    .duplicateResource,
                    "\(instance.address): is the same Amazon Connect instance as \(first.address) (id \(live.id)); "
                        + "declare it once",
                    file: desired.file,
                    at: instance.selector.location
                )
                continue
            }
            claimedBy[live.arn.isEmpty ? live.id : live.arn] = instance
            found[instance.key] = live
        }
        return found
    }
}
