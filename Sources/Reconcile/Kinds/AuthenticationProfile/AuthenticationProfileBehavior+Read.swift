import AWSCore
import AWSModel
import DesiredState
import Plan

extension AuthenticationProfileBehavior {
    /// One DescribeAuthenticationProfile holds every field.
    func fewestReads(listed: Bool) -> [String: Int] { ["DescribeAuthenticationProfile": 1] }

    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        guard case .connectInstance(let instance) = scope else { return [] }
        let summaries = try await clients.connect(instance.region)
            .listAll(
                listOperation, input: ["InstanceId": .string(instance.id)], pageSize: clients.pageSize)
        return summaries.map { summary in
            LiveResource(
                kind: kind,
                name: summary["Name"]?.stringValue ?? "",
                identity: .init(
                    region: instance.region,
                    instanceId: instance.id,
                    id: summary["Id"]?.stringValue,
                    arn: summary["Arn"]?.stringValue
                )
            )
        }
    }

    /// One DescribeAuthenticationProfile holds every field.
    func readMembers(_ live: LiveResource, managed: [FieldDescription], clients: AWSClients) async throws(AWSError)
        -> [String: JSONValue]
    {
        guard let instanceId = live.identity.instanceId, let id = live.identity.id else { return [:] }
        let answer = try await clients.connect(live.identity.region).call(
            "DescribeAuthenticationProfile",
            input: ["InstanceId": .string(instanceId), "AuthenticationProfileId": .string(id)]
        )
        return answer["AuthenticationProfile"]?.objectValue ?? [:]
    }
}
