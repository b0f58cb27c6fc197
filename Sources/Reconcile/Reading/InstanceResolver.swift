import AWSCore
import AWSModel

/// Finds Amazon Connect instances by id (DescribeInstance) or by alias (one paginated ListInstances per
/// region, shared by every alias in it), all concurrently. Plans and imports both find their instances
/// here; each says what a failure means in its own terms.
struct InstanceResolver: Sendable {
    /// One instance to find, in `region`.
    struct Lookup: Sendable, Hashable {
        enum By: Sendable, Hashable {
            case id(String)
            case alias(String)
        }

        var by: By
        var region: String
    }

    /// Why an instance was not found.
    enum Failure: Error, Sendable {
        /// No instance has this id in the region.
        case noSuchId
        /// DescribeInstance failed otherwise.
        case describeFailed(AWSError)
        /// No instance has this alias in the region; `aliases` are those it has.
        case noSuchAlias(aliases: [String])
        /// ListInstances failed.
        case listFailed(AWSError)
    }

    let clients: AWSClients

    /// The instance each lookup finds, or why not.
    func resolve(_ lookups: [Lookup]) async -> [Lookup: Result<ObservedInstance, Failure>] {
        var regions: [String] = []
        for lookup in lookups {
            if case .alias = lookup.by, !regions.contains(lookup.region) { regions.append(lookup.region) }
        }
        var ids: [Lookup] = []
        for lookup in lookups {
            if case .id = lookup.by, !ids.contains(lookup) { ids.append(lookup) }
        }
        enum Answer: Sendable {
            case listed(region: String, Result<[JSONValue], AWSError>)
            case described(Lookup, Result<JSONValue, AWSError>)
        }
        let answers = await withTaskGroup(of: Answer.self) { group in
            for region in regions {
                group.addTask {
                    do throws(AWSError) {
                        return .listed(
                            region: region,
                            .success(
                                try await clients.connect(region).listAll(
                                    "ListInstances", input: [:], pageSize: clients.pageSize)))
                    } catch {
                        return .listed(region: region, .failure(error))
                    }
                }
            }
            for lookup in ids {
                guard case .id(let id) = lookup.by else { continue }
                group.addTask {
                    do throws(AWSError) {
                        let answer = try await clients.connect(lookup.region).call(
                            "DescribeInstance", input: ["InstanceId": .string(id)])
                        return .described(lookup, .success(answer["Instance"] ?? [:]))
                    } catch {
                        return .described(lookup, .failure(error))
                    }
                }
            }
            var listings: [String: Result<[JSONValue], AWSError>] = [:]
            var descriptions: [Lookup: Result<JSONValue, AWSError>] = [:]
            for await answer in group {
                switch answer {
                case .listed(let region, let result): listings[region] = result
                case .described(let lookup, let result): descriptions[lookup] = result
                }
            }
            return (listings: listings, descriptions: descriptions)
        }

        var found: [Lookup: Result<ObservedInstance, Failure>] = [:]
        for lookup in lookups {
            switch lookup.by {
            case .id(let id):
                switch answers.descriptions[lookup] {
                case .success(let described)?:
                    found[lookup] = .success(
                        ObservedInstance(
                            id: described["Id"]?.stringValue ?? id,
                            arn: described["Arn"]?.stringValue ?? "",
                            alias: described["InstanceAlias"]?.stringValue,
                            region: lookup.region))
                case .failure(let error)?:
                    found[lookup] = .failure(
                        error.code == "ResourceNotFoundException" ? .noSuchId : .describeFailed(error))
                case nil:
                    break
                }
            case .alias(let alias):
                switch answers.listings[lookup.region] {
                case .success(let summaries)?:
                    if let summary = summaries.first(where: { $0["InstanceAlias"]?.stringValue == alias }) {
                        found[lookup] = .success(
                            ObservedInstance(
                                id: summary["Id"]?.stringValue ?? "",
                                arn: summary["Arn"]?.stringValue ?? "",
                                alias: alias,
                                region: lookup.region))
                    } else {
                        let aliases = summaries.compactMap { $0["InstanceAlias"]?.stringValue }.sorted()
                        found[lookup] = .failure(.noSuchAlias(aliases: aliases))
                    }
                case .failure(let error)?:
                    found[lookup] = .failure(.listFailed(error))
                case nil:
                    break
                }
            }
        }
        return found
    }
}
