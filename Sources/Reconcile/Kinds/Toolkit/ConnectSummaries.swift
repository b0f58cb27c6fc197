public import AWSCore
public import AWSModel
import Plan

extension KindBehavior {
    /// Every resource of this kind in a Connect instance, from the summaries its List operation returns
    /// (`Name`, `Id`, `Arn`). `listed` keeps what a summary already holds of the resource's members.
    public func connectSummaries(
        in scope: ReadScope, clients: AWSClients,
        listed: (JSONValue) -> [String: JSONValue] = { _ in [:] }
    ) async throws(AWSError) -> [LiveResource] {
        guard case .connectInstance(let instance) = scope else { return [] }
        let summaries = try await clients.connect(instance.region)
            .listAll(listOperation, input: ["InstanceId": .string(instance.id)], pageSize: clients.pageSize)
        return summaries.map { summary in
            LiveResource(
                kind: kind,
                name: summary["Name"]?.stringValue ?? "",
                identity: .init(
                    region: instance.region,
                    instanceId: instance.id,
                    id: summary["Id"]?.stringValue,
                    arn: summary["Arn"]?.stringValue
                ),
                listed: listed(summary)
            )
        }
    }
}
