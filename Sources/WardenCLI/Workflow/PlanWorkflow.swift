import AWSCore
import DesiredState
import Foundation
import Plan
import Reconcile
import YAML

/// `plan` and `drift` as a library call: load and validate the file, read the live state, plan.
public enum PlanWorkflow {
    /// A plan and the desired state it came from.
    public struct Result: Sendable {
        public var plan: Plan
        public var desired: DesiredState
        /// Warnings found on the way (deprecated fields), for standard error.
        public var warnings: Diagnostics
    }

    public static func plan(
        path: String,
        access: AWSAccess,
        mode: Plan.Mode = .plan,
        targets: [String] = [],
        strict: Bool = false,
        wardenVersion: String = WardenVersion.current,
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) async -> Swift.Result<Result, WorkflowFailure> {
        // The file is read once: the plan's fingerprint of it is of the very text planned.
        let text: String
        switch DesiredState.text(atPath: path) {
        case .success(let read): text = read
        case .failure(let problem): return .failure(.diagnostics(problem))
        }
        var loaded = DesiredState.load(text: text, file: path)
        if strict { loaded = loaded.treatingWarningsAsErrors() }
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            return .failure(.diagnostics(loaded.diagnostics))
        }
        if let unknown = targets.first(where: { !Self.mayMatch($0, in: desired) }) {
            return .failure(.message("--target \(unknown): no resource has that address in \(path)"))
        }
        let clients: AWSClients
        do {
            clients = try access.clients(fileRegion: desired.region?.value)
        } catch {
            return .failure(.aws(error))
        }
        let reader = Reader(clients: clients, listEverything: mode == .drift, progress: progress)
        let observed: ObservedState
        switch await reader.read(desired) {
        case .success(let state): observed = state
        case .failure(let problems): return .failure(.diagnostics(problems))
        }
        let planner = Planner(
            desired: desired,
            observed: observed,
            desiredFile: Plan.DesiredFile(path: path, sha256: Fingerprint.sha256Hex(text.utf8)),
            mode: mode,
            wardenVersion: wardenVersion
        )
        switch planner.plan() {
        case .success(let plan):
            let declared = desired.resources.map(\.address.description)
            if let unknown = targets.first(where: { target in
                !(declared + plan.changes.map(\.address)).contains { Plan.address($0, isIn: target) }
            }) {
                return .failure(.message("--target \(unknown): no resource has that address in \(path)"))
            }
            let warnings = Diagnostics(loaded.diagnostics.filter { $0.severity != .error })
            return .success(
                Result(plan: targets.isEmpty ? plan : plan.targeting(targets), desired: desired, warnings: warnings))
        case .failure(let problems):
            return .failure(.diagnostics(problems))
        }
    }
}

extension PlanWorkflow {
    /// Whether `target` can name something the plan of `desired` may change: a declared resource, an
    /// instance or collection holding some (`connect.prod`, `rolesAnywhere.profiles`), or a resource of a
    /// pruned collection (which only the live state can confirm).
    static func mayMatch(_ target: String, in desired: DesiredState) -> Bool {
        if desired.resources.contains(where: { Plan.address($0.address.description, isIn: target) }) { return true }
        var pruned = desired.connectInstances.flatMap { instance in
            instance.prune.map { Address(instance.address.components + [$0.value]).description }
        }
        pruned += (desired.rolesAnywhere?.prune ?? []).map { Address(["rolesAnywhere", $0.value]).description }
        return pruned.contains { target.hasPrefix($0 + ".") }
    }
}

extension Plan {
    /// Whether `address` is `target` or inside it (`connect.prod.securityProfiles.agent` is in `connect.prod`).
    static func address(_ address: String, isIn target: String) -> Bool {
        address == target || address.hasPrefix(target + ".")
    }

    /// Only the changes to `targets` (addresses, or instances and collections holding them) and what they
    /// depend on, directly or not (`--target`), with the summary recounted.
    public func targeting(_ targets: [String]) -> Plan {
        var wanted = Set(
            changes.map(\.address).filter { address in targets.contains { Self.address(address, isIn: $0) } })
        // Changes come dependencies first, so one pass from the end collects dependencies of dependencies.
        for change in changes.reversed() where wanted.contains(change.address) {
            wanted.formUnion(change.dependsOn)
        }
        let kept = changes.filter { wanted.contains($0.address) }
        return Plan(
            wardenVersion: wardenVersion,
            mode: mode,
            desiredFile: desiredFile,
            accountId: accountId,
            changes: kept,
            unmanaged: unmanaged,
            unchangedCount: summary.unchanged
        )
    }
}
