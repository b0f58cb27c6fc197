import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// Builds planner inputs: a desired state from YAML text, observed state by hand.
enum PlannerFixtures {
    static let instanceId = "11111111-2222-4333-8444-555555555555"
    static let instanceArn = "arn:aws:connect:eu-west-2:111122223333:instance/\(instanceId)"
    static let file = Plan.DesiredFile(path: "warden.yaml", sha256: String(repeating: "0", count: 64))

    static func desired(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> DesiredState
    {
        let text = "version: 1\nregion: eu-west-2\naccountId: \"111122223333\"\n" + body
        let result = DesiredState.load(text: text, file: "warden.yaml", layout: Kinds.layout)
        #expect(result.diagnostics.all.filter { $0.severity == .error } == [], sourceLocation: sourceLocation)
        return try #require(result.state, sourceLocation: sourceLocation)
    }

    static let prodInstance = ObservedInstance(
        id: instanceId, arn: instanceArn, alias: "acme-prod", region: "eu-west-2")

    static func securityProfile(
        _ key: String,
        name: String,
        id: String,
        values: [String: JSONValue]
    ) -> (Address, ObservedResource) {
        let address = Address(["connect", "prod", "securityProfiles", key])
        let live = LiveResource(
            kind: .securityProfile,
            name: name,
            identity: .init(
                region: "eu-west-2", instanceId: instanceId, id: id, arn: "\(instanceArn)/security-profile/\(id)")
        )
        return (address, ObservedResource(address: address, live: live, values: values))
    }

    static func observed(_ resources: [(Address, ObservedResource)], undeclared: [Address: [LiveResource]] = [:])
        -> ObservedState
    {
        ObservedState(
            accountId: "111122223333",
            instances: ["prod": prodInstance],
            resources: Dictionary(resources) { a, _ in a },
            undeclared: undeclared
        )
    }

    static func plan(_ desired: DesiredState, _ observed: ObservedState) -> Result<Plan, Diagnostics> {
        Planner(desired: desired, observed: observed, desiredFile: file, wardenVersion: "test").plan()
    }
}
