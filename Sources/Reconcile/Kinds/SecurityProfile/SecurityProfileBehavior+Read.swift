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

    /// DescribeSecurityProfile for the fields it holds (a listed profile's name is known already), and the list
    /// call of each of permissions, applications and flow modules that is managed.
    func fewestReads(managing managed: [FieldDescription], listed: Bool) -> [String: Int] {
        var reads: [String: Int] = [:]
        if managed.contains(where: { Self.listedFields[$0.key] == nil && ($0.key != "name" || !listed) }) {
            reads["DescribeSecurityProfile"] = 1
        }
        for field in managed {
            if let list = Self.listedFields[field.key] { reads[list.operation] = 1 }
        }
        return reads
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
        let reads = fewestReads(managing: managed, listed: members["SecurityProfileName"] != nil)
        let described = reads["DescribeSecurityProfile"] != nil
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
