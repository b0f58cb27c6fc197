import DesiredState
import Plan
import Reconcile
import Testing

@testable import warden_bench

@Suite struct FleetTests {
    static let small = FleetShape(instances: 2, securityProfilesPerInstance: 6, rolesAnywhereProfiles: 8)

    @Test func theSameShapeGivesTheSameFleet() {
        #expect(Fleet(Self.small) == Fleet(Self.small))
        #expect(Fleet(Self.small).resources.count == Self.small.resourceCount)
        #expect(
            Fleet(Self.small).resources.map(\.address.description).prefix(3) == [
                "connect.cc01.authenticationProfiles.default", "connect.cc01.securityProfiles.admin",
                "connect.cc01.securityProfiles.agent",
            ])
    }

    @Test func theDesiredFileIsValidAndDeclaresEveryResource() throws {
        for fleet in [Fleet(Self.small), Fleet(Self.small).changed()] {
            let loaded = DesiredState.load(text: fleet.desiredFile(), file: "fleet.yaml", layout: Kinds.layout)
            #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
            let state = try #require(loaded.state)
            #expect(state.resources.map(\.address) == fleet.resources.map(\.address))
        }
    }

    @Test func theObservedFleetPlansToNoChanges() throws {
        let fleet = Fleet(Self.small)
        let plan = try offlinePlan(of: fleet, against: fleet)
        #expect(plan.changes.isEmpty)
        #expect(plan.summary.unchanged == Self.small.resourceCount)
    }

    @Test func theChangedFleetUpdatesExactlyTheChangedResourcesWithTheFewestWrites() throws {
        let fleet = Fleet(Self.small)
        let plan = try offlinePlan(of: fleet.changed(), against: fleet)
        #expect(plan.changes.map(\.address) == fleet.changes.map(\.resource.address.description))
        #expect(plan.changes.allSatisfy { $0.action == .update })
        var planned: CallCounts = [:]
        for change in plan.changes {
            for call in change.calls {
                planned[OperationKey(service: call.service, operation: call.operation), default: 0] += 1
            }
        }
        #expect(planned == MinimalCalls.writes(fleet))
    }

    @Test func everyKindOfChangeIsUsed() {
        let used = Set(Fleet(.atQuota).changes.map(\.change))
        #expect(used == Set(FleetChange.allCases))
    }

    private func offlinePlan(of desired: Fleet, against observed: Fleet) throws -> Plan {
        let loaded = DesiredState.load(text: desired.desiredFile(), file: "fleet.yaml", layout: Kinds.layout)
        let state = try #require(loaded.state)
        let planner = Planner(
            desired: state, observed: observed.observedState(),
            desiredFile: Plan.DesiredFile(path: "fleet.yaml", sha256: ""), wardenVersion: "test")
        return try planner.plan().get()
    }
}
