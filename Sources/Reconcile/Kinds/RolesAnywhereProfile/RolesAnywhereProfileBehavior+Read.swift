import AWSCore
import AWSModel
import DesiredState
import Plan

extension RolesAnywhereProfileBehavior {
    /// A listed profile is whole but for its tags; one read on its own needs GetProfile too.
    func fewestReads(listed: Bool) -> [String: Int] {
        listed ? ["ListTagsForResource": 1] : ["GetProfile": 1, "ListTagsForResource": 1]
    }

    /// ListProfiles returns whole profiles, so reading one needs no GetProfile.
    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        guard case .rolesAnywhere(let region) = scope else { return [] }
        let profiles = try await clients.rolesAnywhere(region).listAll(
            listOperation, input: [:], pageSize: clients.pageSize)
        return profiles.map { profile in
            LiveResource(
                kind: kind,
                name: profile["name"]?.stringValue ?? "",
                identity: .init(
                    region: region, id: profile["profileId"]?.stringValue, arn: profile["profileArn"]?.stringValue),
                listed: profile.objectValue ?? [:]
            )
        }
    }

    /// The listed profile (or GetProfile when there is none, as when apply re-reads one), and
    /// ListTagsForResource only when the file manages tags.
    func readMembers(_ live: LiveResource, managed: [FieldDescription], clients: AWSClients) async throws(AWSError)
        -> [String: JSONValue]
    {
        let client = clients.rolesAnywhere(live.identity.region)
        var members = live.listed
        if members.isEmpty, let id = live.identity.id {
            let answer = try await client.call("GetProfile", input: ["profileId": .string(id)])
            members = answer["profile"]?.objectValue ?? [:]
        }
        if managed.contains(where: { $0.key == "tags" }), let arn = live.identity.arn {
            let answer = try await client.call("ListTagsForResource", input: ["resourceArn": .string(arn)])
            members["tags"] = answer["tags"] ?? .array([])
        }
        return members
    }
}
