import AWSCore
import AWSModel
import DesiredState
import Plan

extension RolesAnywhereProfileBehavior {
    /// A listed profile is whole but for its tags. One read on its own needs GetProfile, unless only its tags
    /// are managed (ListTagsForResource tells as well that it still exists); tags only when they are managed.
    func fewestReads(managing managed: [FieldDescription], listed: Bool) -> [String: Int] {
        let tags = managed.contains { $0.key == "tags" }
        var reads = listed || (tags && managed.count == 1) ? [:] : ["GetProfile": 1]
        if tags { reads["ListTagsForResource"] = 1 }
        return reads
    }

    /// ListProfiles returns whole profiles, so reading one needs no GetProfile.
    var listsWhole: Bool { true }

    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource] {
        try await list(scope, clients: clients, maxPages: .max) { _ in false }.resources
    }

    func list(
        _ scope: ReadScope, clients: AWSClients, maxPages: Int, enough: ([LiveResource]) -> Bool
    ) async throws(AWSError) -> (resources: [LiveResource], complete: Bool) {
        guard case .rolesAnywhere(let region) = scope else { return ([], true) }
        func live(_ profile: JSONValue) -> LiveResource {
            LiveResource(
                kind: kind,
                name: profile["name"]?.stringValue ?? "",
                identity: .init(
                    region: region, id: profile["profileId"]?.stringValue, arn: profile["profileArn"]?.stringValue),
                listed: profile.objectValue ?? [:]
            )
        }
        let (profiles, complete) = try await clients.rolesAnywhere(region).list(
            listOperation, input: [:], pageSize: clients.pageSize, maxPages: maxPages
        ) { enough($0.map(live)) }
        return (profiles.map(live), complete)
    }

    /// The listed profile (or GetProfile when there is none, as when apply re-reads one, unless only tags are
    /// read), and ListTagsForResource only when the file manages tags.
    func readMembers(_ live: LiveResource, managed: [FieldDescription], clients: AWSClients) async throws(AWSError)
        -> [String: JSONValue]
    {
        let client = clients.rolesAnywhere(live.identity.region)
        var members = live.listed
        let reads = fewestReads(managing: managed, listed: !members.isEmpty)
        if reads["GetProfile"] != nil, let id = live.identity.id {
            let answer = try await client.call("GetProfile", input: ["profileId": .string(id)])
            members = answer["profile"]?.objectValue ?? [:]
        }
        if reads["ListTagsForResource"] != nil, let arn = live.identity.arn {
            let answer = try await client.call("ListTagsForResource", input: ["resourceArn": .string(arn)])
            members["tags"] = answer["tags"] ?? .array([])
        }
        return members
    }
}
