import AWSCore
import AWSModel
import DesiredState
import Plan

extension SecurityProfileBehavior {
    /// Fields that only the paginated list calls return, with the call and its result key.
    private static let listedFields: [String: (operation: String, member: String)] = [
        "permissions": ("ListSecurityProfilePermissions", "Permissions"),
        "applications": ("ListSecurityProfileApplications", "Applications"),
        "allowedFlowModules": ("ListSecurityProfileFlowModules", "AllowedFlowModules"),
    ]

    /// DescribeSecurityProfile, and the three lists the description leaves out, whether listed or not.
    func fewestReads(listed: Bool) -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: [("DescribeSecurityProfile", 1)] + Self.listedFields.values.map { ($0.operation, 1) })
    }

    /// A summary holds the name, which is all some plans read.
    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        try await connectSummaries(in: scope, clients: clients) { summary in
            summary["Name"].map { ["SecurityProfileName": $0] } ?? [:]
        }
    }

    /// DescribeSecurityProfile for the fields it holds; permissions, applications and flow modules come from
    /// their own list calls, each made only when the file manages that field. The calls run concurrently.
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
        let lists = managed.compactMap { Self.listedFields[$0.key] }
        do {
            try await withThrowingTaskGroup(of: [String: JSONValue].self) { group in
                if described {
                    group.addTask {
                        let answer = try await client.call("DescribeSecurityProfile", input: addressing)
                        return answer["SecurityProfile"]?.objectValue ?? [:]
                    }
                }
                for (operation, member) in lists {
                    group.addTask {
                        let items = try await client.listAll(operation, input: addressing, pageSize: clients.pageSize)
                        return [member: .array(items)]
                    }
                }
                for try await read in group {
                    members.merge(read) { _, read in read }
                }
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError.invalidResponse("reading security profile \(id): \(error)")
        }
        return members
    }
}
