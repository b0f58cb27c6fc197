import AWSModel
import DesiredState
import Plan

/// Amazon Connect security profiles: created with every declared field in one CreateSecurityProfile,
/// updated with one UpdateSecurityProfile carrying the changed members, tagged through TagResource and
/// UntagResource, deleted only when the file opts in to pruning. AWS cannot rename one.
struct SecurityProfileBehavior: KindBehavior {
    let kind = ResourceKind.securityProfile
    let service = ServiceModel.connect.signingName
    let listOperation = "ListSecurityProfiles"

    /// AWS's own security profiles, which every instance starts with. Pruning never deletes them: they are
    /// AWS's, and deleting Admin can lock everyone out. Declare them to manage them.
    let protectedNames: Set<String> = ["Admin", "Agent", "CallCenterManager", "QualityAnalyst"]

    func createCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        guard let instanceId = context.identity.instanceId else { return [] }
        var members = context.members(for: context.desired.keys.filter { $0 != "tags" && $0 != "name" }.sorted())
        if let tags = context.desired["tags"], !(tags.json.objectValue ?? [:]).isEmpty {
            // Connect's TagMap has a minimum of one entry: an empty map is left out, not sent as {}.
            members.input["Tags"] = tags.json
            if case .unknown(_, let references) = tags {
                members.knownAfterApply["Tags"] = references.map(\.description).joined(separator: ", ")
            }
        }
        return [
            members.call(
                service,
                "CreateSecurityProfile",
                addressing: ["InstanceId": .string(instanceId), "SecurityProfileName": .string(context.name)]
            )
        ]
    }

    func updateCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        if context.changed.contains("name") {
            throw PlanningProblem(
                "AWS cannot rename a security profile (UpdateSecurityProfile has no name); this profile is named "
                    + "\(JSONValue.string(context.observed["name"]?.stringValue ?? "").serialized()) in AWS. "
                    + "Keep that name, or remove the id to create a new profile with the new name",
                field: "name"
            )
        }
        guard let instanceId = context.identity.instanceId, let id = context.identity.id else { return [] }
        var calls: [PlannedCall] = []
        let members = context.members(for: context.changed.subtracting(["tags"]).sorted())
        if !members.isEmpty {
            calls.append(
                members.call(
                    service,
                    "UpdateSecurityProfile",
                    addressing: ["InstanceId": .string(instanceId), "SecurityProfileId": .string(id)]
                )
            )
        }
        if context.changed.contains("tags"), let arn = context.identity.arn {
            let tags = TagChanges(
                desired: context.desired["tags"], observed: context.observed["tags"], known: context.known)
            calls += tags.calls(service: service, resourceArn: arn) { .object($0) }
        }
        return calls
    }

    func createdIdentity(_ operation: String, answer: JSONValue) -> (id: String?, arn: String?)? {
        guard operation == "CreateSecurityProfile" else { return nil }
        return (answer["SecurityProfileId"]?.stringValue, answer["SecurityProfileArn"]?.stringValue)
    }

    func deleteCalls(_ live: LiveResource) -> [PlannedCall] {
        guard let instanceId = live.identity.instanceId, let id = live.identity.id else { return [] }
        return [
            PlannedCall(
                service: service,
                operation: "DeleteSecurityProfile",
                input: ["InstanceId": .string(instanceId), "SecurityProfileId": .string(id)]
            )
        ]
    }
}
