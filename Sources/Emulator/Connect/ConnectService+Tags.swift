import AWSModel

extension ConnectService {
    /// Amazon Connect's limit of tags per resource.
    static let tagsPerResource = 50

    /// Where a taggable resource lives in the region's state.
    enum TagTarget {
        case instance(Int)
        case securityProfile(Int, Int)
        case hierarchyGroup(Int, Int)
    }

    mutating func tagResource() throws(ServiceError) -> HandlerResult {
        let target = try tagTarget()
        var tags = tags(of: target)
        tags.merge(input.stringMap("tags") ?? [:]) { _, new in new }
        guard tags.count <= Self.tagsPerResource else {
            throw ServiceError(
                "InvalidParameterException",
                "A resource can have at most \(Self.tagsPerResource) tags; this request would leave \(tags.count)."
            )
        }
        setTags(tags, of: target)
        return .wrote(nil)
    }

    mutating func untagResource() throws(ServiceError) -> HandlerResult {
        let target = try tagTarget()
        var tags = tags(of: target)
        for key in input.strings("tagKeys") ?? [] { tags[key] = nil }
        setTags(tags, of: target)
        return .wrote(nil)
    }

    func listTagsForResource() throws(ServiceError) -> HandlerResult {
        .read(["tags": tags(of: try tagTarget()).json])
    }

    /// The resource the input's `resourceArn` names: an instance, security profile or hierarchy group of
    /// this account and region.
    private func tagTarget() throws(ServiceError) -> TagTarget {
        let text = input.string("resourceArn") ?? ""
        guard let arn = ConnectARN(text) else {
            throw ServiceError("InvalidParameterException", "\(text) is not a valid Amazon Connect resource ARN.")
        }
        let notFound = ServiceError("ResourceNotFoundException", "Resource \(text) not found")
        guard arn.region == call.region, arn.accountId == call.accountId,
            let index = region.connectInstances.firstIndex(where: { $0.id == arn.instanceId })
        else { throw notFound }
        let instance = region.connectInstances[index]
        switch arn.resource {
        case nil:
            return .instance(index)
        case (.securityProfile, let id)?:
            guard let profile = instance.securityProfiles.firstIndex(where: { $0.id == id }) else { throw notFound }
            return .securityProfile(index, profile)
        case (.hierarchyGroup, let id)?:
            guard let group = instance.hierarchyGroups.firstIndex(where: { $0.id == id }) else { throw notFound }
            return .hierarchyGroup(index, group)
        case (.authenticationProfile, _)?:
            throw ServiceError("InvalidParameterException", "Authentication profiles do not support tags.")
        }
    }

    private func tags(of target: TagTarget) -> [String: String] {
        switch target {
        case .instance(let index): region.connectInstances[index].tags
        case .securityProfile(let index, let profile): region.connectInstances[index].securityProfiles[profile].tags
        case .hierarchyGroup(let index, let group): region.connectInstances[index].hierarchyGroups[group].tags
        }
    }

    private mutating func setTags(_ tags: [String: String], of target: TagTarget) {
        switch target {
        case .instance(let index): region.connectInstances[index].tags = tags
        case .securityProfile(let index, let profile):
            region.connectInstances[index].securityProfiles[profile].tags = tags
        case .hierarchyGroup(let index, let group): region.connectInstances[index].hierarchyGroups[group].tags = tags
        }
    }
}
