import AWSCore
import AWSModel
import DesiredState
import Plan

extension AuthenticationProfileBehavior {
    /// One DescribeAuthenticationProfile holds every field.
    func fewestReads(managing managed: [FieldDescription], listed: Bool) -> [String: Int] {
        ["DescribeAuthenticationProfile": 1]
    }

    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        try await connectSummaries(in: scope, clients: clients)
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
