import AWSModel

extension ConnectService {
    /// ListContactFlowModules: the instance's flow modules in seed order, paginated (100 a page unless
    /// `MaxResults`), only those in `state` when it is given.
    func listContactFlowModules() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        var modules = instance.flowModules
        if let state = input.string("ContactFlowModuleState") { modules = modules.filter { $0.state == state } }
        let (listed, next) = try page(modules, scope: instance.id)
        return .read(
            paged(
                ["ContactFlowModulesSummaryList": .array(listed.map { render.summary($0, in: instance) })], next: next)
        )
    }
}

extension ConnectRendering {
    /// `ContactFlowModuleSummary`, with the ARN format AWS documents for flow modules
    /// (`arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE/flow-module/ID`).
    func summary(_ module: ContactFlowModule, in instance: ConnectInstance) -> JSONValue {
        [
            "Id": .string(module.id),
            "Arn": .string(arn(instance) + "/flow-module/" + module.id),
            "Name": .string(module.name),
            "State": .string(module.state),
        ]
    }
}
