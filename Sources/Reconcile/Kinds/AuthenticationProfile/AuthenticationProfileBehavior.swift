import AWSModel
import DesiredState
import Plan

/// Amazon Connect authentication profiles: AWS creates one with each instance and has no call to create
/// or delete them, so Warden only updates (`UpdateAuthenticationProfile`, changed members only).
struct AuthenticationProfileBehavior: KindBehavior {
    let kind = ResourceKind.authenticationProfile
    let service = ServiceModel.connect.signingName
    let listOperation = "ListAuthenticationProfiles"

    func createCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        throw PlanningProblem(
            "authentication profile \(JSONValue.string(context.name).serialized()) does not exist in this instance, "
                + "and AWS has no call to create one (each instance comes with its own); match an existing profile "
                + "by name or id"
        )
    }

    func updateCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        let members = context.members(for: context.changed.sorted())
        guard !members.isEmpty, let instanceId = context.identity.instanceId, let id = context.identity.id else {
            return []
        }
        return [
            members.call(
                service,
                "UpdateAuthenticationProfile",
                addressing: ["InstanceId": .string(instanceId), "AuthenticationProfileId": .string(id)]
            )
        ]
    }

    func deleteCalls(_ live: LiveResource) -> [PlannedCall] { [] }
}
