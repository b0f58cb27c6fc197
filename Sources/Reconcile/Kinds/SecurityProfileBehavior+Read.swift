import AWSCore
import AWSModel
import DesiredState

extension SecurityProfileBehavior {
    /// Fields that only the paginated list calls return, with the call and its result key.
    private static let listedFields: [String: (operation: String, member: String)] = [
        "permissions": ("ListSecurityProfilePermissions", "Permissions"),
        "applications": ("ListSecurityProfileApplications", "Applications"),
        "allowedFlowModules": ("ListSecurityProfileFlowModules", "AllowedFlowModules"),
    ]

    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        guard case .connectInstance(let instance) = scope else { return [] }
        let summaries = try await clients.connect(instance.region)
            .listAll("ListSecurityProfiles", input: ["InstanceId": .string(instance.id)])
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
                listed: summary["Name"].map { ["SecurityProfileName": $0] } ?? [:]
            )
        }
    }

    /// DescribeSecurityProfile for the fields it holds; permissions, applications and flow modules come from
    /// their own list calls, each made only when the file manages that field.
    func readMembers(_ live: LiveResource, managed: [FieldDescription], clients: AWSClients) async throws(AWSError)
        -> [String: JSONValue]
    {
        guard let instanceId = live.identity.instanceId, let id = live.identity.id else { return [:] }
        let client = clients.connect(live.identity.region)
        let addressing: JSONValue = ["InstanceId": .string(instanceId), "SecurityProfileId": .string(id)]
        var members = live.listed
        let described = managed.contains { field in
            Self.listedFields[field.key] == nil && (field.key != "name" || members["SecurityProfileName"] == nil)
        }
        if described {
            let answer = try await client.call("DescribeSecurityProfile", input: addressing)
            members.merge(answer["SecurityProfile"]?.objectValue ?? [:]) { _, described in described }
        }
        for field in managed {
            guard let (operation, member) = Self.listedFields[field.key] else { continue }
            members[member] = .array(try await client.listAll(operation, input: addressing))
        }
        return members
    }
}
