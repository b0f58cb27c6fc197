import AWSModel
import DesiredState
import Foundation
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

    /// The file written with variables means exactly what the plain one does, and uses them throughout.
    @Test func theFileWithVariablesDeclaresTheSameState() throws {
        let fleet = Fleet(Self.small).changed()
        let plain = try #require(
            DesiredState.load(text: fleet.desiredFile(), file: "f.yaml", layout: Kinds.layout).state)
        let text = fleet.desiredFile(variables: 6)
        let loaded = DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let state = try #require(loaded.state)
        #expect(loaded.variables.variables.count == 8)
        #expect(text.components(separatedBy: "${var.").count - 1 > fleet.resources.count)
        #expect(state.region?.value == plain.region?.value && state.accountId?.value == plain.accountId?.value)
        #expect(state.resources.map(\.address) == plain.resources.map(\.address))
        for (resource, expected) in zip(state.resources, plain.resources) {
            #expect(resource.fields.map(\.key.value) == expected.fields.map(\.key.value))
            #expect(
                resource.fields.map { Self.withoutLocations($0.value.value) }
                    == expected.fields.map { Self.withoutLocations($0.value.value) }, "\(resource.address)")
        }
    }

    private static func withoutLocations(_ value: Value) -> String {
        switch value {
        case .string(let template): template.description
        case .integer(let number): String(number)
        case .boolean(let flag): String(flag)
        case .list(let items): "[" + items.map { withoutLocations($0.value) }.joined(separator: ",") + "]"
        case .mapping(let entries):
            "{" + entries.map { "\($0.key.value):\(withoutLocations($0.value.value))" }.joined(separator: ",") + "}"
        case .json(let document): document.value.serialized()
        }
    }

    @Test func everyGeneratedFileValidatesUnderStrictWithoutAWarning() {
        // Enough profiles that every window of the permission pool is used, and the changed fleet's additions.
        let shape = FleetShape(
            instances: 2, securityProfilesPerInstance: 2 * Fleet.permissionPool.count, rolesAnywhereProfiles: 2)
        for fleet in [Fleet(shape), Fleet(shape).changed()] {
            let loaded = DesiredState.load(text: fleet.desiredFile(), file: "fleet.yaml", layout: Kinds.layout)
                .treatingWarningsAsErrors()
            #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
            #expect(loaded.state != nil)
        }
        #expect(Fleet.permissionPool.allSatisfy(ConnectPermissionCatalog.contains))
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
