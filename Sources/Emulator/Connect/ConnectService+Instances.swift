import AWSModel

extension ConnectService {
    func listInstances() throws(ServiceError) -> HandlerResult {
        let (instances, next) = try page(region.connectInstances, scope: call.region, defaultSize: 10)
        return .read(paged(["InstanceSummaryList": .array(instances.map(render.summary))], next: next))
    }

    func describeInstance() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        return .read(["Instance": render.detail(instance)])
    }

    func listUserHierarchyGroups() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        let (groups, next) = try page(instance.hierarchyGroups, scope: instance.id)
        return .read(
            paged(
                ["UserHierarchyGroupSummaryList": .array(groups.map { render.summary($0, in: instance) })], next: next)
        )
    }
}
