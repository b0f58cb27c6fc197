import AWSCore
import AWSModel
import DesiredState
import YAML

extension Reader {
    /// Finds each declared instance: by id with DescribeInstance, by alias with one ListInstances per region,
    /// all concurrently. Two declarations of one live instance are an error.
    func resolveInstances(_ desired: DesiredState, problems: inout Diagnostics) async -> [String: ObservedInstance] {
        var regions: [String: String] = [:]
        for instance in desired.connectInstances {
            guard let region = desired.region(of: instance) ?? defaultRegion else {
                problems.error(
                    "\(instance.address): no region; set region at the top of the file or on the instance, or pass "
                        + "--region",
                    file: desired.file,
                    at: instance.location
                )
                continue
            }
            regions[instance.key] = region
        }
        let instances = desired.connectInstances.filter { regions[$0.key] != nil }
        var aliasRegions: [String] = []
        for instance in instances {
            if case .alias = instance.selector.value, !aliasRegions.contains(regions[instance.key]!) {
                aliasRegions.append(regions[instance.key]!)
            }
        }

        enum Answer: Sendable {
            case listed(region: String, Result<[JSONValue], AWSError>)
            case described(key: String, Result<JSONValue, AWSError>)
        }
        let answers = await withTaskGroup(of: Answer.self) { group in
            for region in aliasRegions {
                group.addTask {
                    do throws(AWSError) {
                        let summaries = try await clients.connect(region).listAll(
                            "ListInstances", input: [:], pageSize: clients.pageSize)
                        return .listed(region: region, .success(summaries))
                    } catch {
                        return .listed(region: region, .failure(error))
                    }
                }
            }
            for instance in instances {
                guard case .id(let id) = instance.selector.value else { continue }
                let region = regions[instance.key]!
                group.addTask {
                    do throws(AWSError) {
                        let answer = try await clients.connect(region).call(
                            "DescribeInstance", input: ["InstanceId": .string(id)])
                        return .described(key: instance.key, .success(answer["Instance"] ?? [:]))
                    } catch {
                        return .described(key: instance.key, .failure(error))
                    }
                }
            }
            var listings: [String: Result<[JSONValue], AWSError>] = [:]
            var descriptions: [String: Result<JSONValue, AWSError>] = [:]
            for await answer in group {
                switch answer {
                case .listed(let region, let result): listings[region] = result
                case .described(let key, let result): descriptions[key] = result
                }
            }
            return (listings: listings, descriptions: descriptions)
        }

        var found: [String: ObservedInstance] = [:]
        var claimedBy: [String: ConnectInstance] = [:]
        for instance in instances {
            let region = regions[instance.key]!
            let live: ObservedInstance
            switch instance.selector.value {
            case .id(let id):
                switch answers.descriptions[instance.key] {
                case .success(let described)?:
                    live = ObservedInstance(
                        id: described["Id"]?.stringValue ?? id,
                        arn: described["Arn"]?.stringValue ?? "",
                        alias: described["InstanceAlias"]?.stringValue,
                        region: region
                    )
                case .failure(let error)?:
                    let message =
                        error.code == "ResourceNotFoundException"
                        ? "no Amazon Connect instance has id \(id) in \(region)"
                        : "cannot describe instance \(id) in \(region): \(error)"
                    problems.error(
                        "\(instance.address): \(message)", file: desired.file, at: instance.selector.location)
                    continue
                case nil:
                    continue
                }
            case .alias(let alias):
                switch answers.listings[region] {
                case .success(let summaries)?:
                    guard let summary = summaries.first(where: { $0["InstanceAlias"]?.stringValue == alias }) else {
                        problems.error(
                            "\(instance.address): no Amazon Connect instance has alias \(alias) in \(region)",
                            file: desired.file,
                            at: instance.selector.location
                        )
                        continue
                    }
                    live = ObservedInstance(
                        id: summary["Id"]?.stringValue ?? "",
                        arn: summary["Arn"]?.stringValue ?? "",
                        alias: alias,
                        region: region
                    )
                case .failure(let error)?:
                    problems.error(
                        "\(instance.address): cannot list instances in \(region) to find alias \(alias): \(error)",
                        file: desired.file,
                        at: instance.selector.location
                    )
                    continue
                case nil:
                    continue
                }
            }
            if let first = claimedBy[live.arn.isEmpty ? live.id : live.arn] {
                problems.error(
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
