import DesiredState
import Plan

/// `--target`: the addresses a plan is limited to, each a resource, or an instance or collection holding
/// some (`connect.prod`, `rolesAnywhere.profiles`). The plan keeps the changes inside a target and what they
/// depend on, directly or not.
public struct Targets: Sendable, Hashable {
    public var addresses: [String]

    public init(_ addresses: [String]) {
        self.addresses = addresses
    }

    /// The first target that cannot name anything the plan of `desired` may change: no declared resource is
    /// in it, and it is not inside a pruned collection (whose resources only the live state can confirm).
    /// Checked before anything is read.
    func unmatchable(in desired: DesiredState) -> String? {
        var pruned = desired.connectInstances.flatMap { instance in
            instance.prune.map { Address(instance.address.components + [$0.value]).description }
        }
        pruned += (desired.rolesAnywhere?.prune ?? []).map { Address(["rolesAnywhere", $0.value]).description }
        return addresses.first { target in
            !desired.resources.contains { Self.address($0.address.description, isIn: target) }
                && !pruned.contains { target.hasPrefix($0 + ".") }
        }
    }

    /// The first target that matches neither a declared resource nor a planned change (a pruned resource that
    /// does not exist after all).
    func unmatched(in plan: Plan, desired: DesiredState) -> String? {
        let addresses = desired.resources.map(\.address.description) + plan.changes.map(\.address)
        return self.addresses.first { target in !addresses.contains { Self.address($0, isIn: target) } }
    }

    /// Only the changes to the targets and what they depend on, with the summary recounted.
    func select(from plan: Plan) -> Plan {
        guard !addresses.isEmpty else { return plan }
        var wanted = Set(
            plan.changes.map(\.address).filter { address in addresses.contains { Self.address(address, isIn: $0) } })
        // Changes come dependencies first, so one pass from the end collects dependencies of dependencies.
        for change in plan.changes.reversed() where wanted.contains(change.address) {
            wanted.formUnion(change.dependsOn)
        }
        return Plan(
            wardenVersion: plan.wardenVersion,
            mode: plan.mode,
            desiredFile: plan.desiredFile,
            accountId: plan.accountId,
            changes: plan.changes.filter { wanted.contains($0.address) },
            unmanaged: plan.unmanaged,
            unchangedCount: plan.summary.unchanged
        )
    }

    /// Whether `address` is `target` or inside it (`connect.prod.securityProfiles.agent` is in `connect.prod`).
    static func address(_ address: String, isIn target: String) -> Bool {
        address == target || address.hasPrefix(target + ".")
    }
}
