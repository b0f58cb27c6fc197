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
        wardenVersion: String = WardenVersion.current
    ) async -> Swift.Result<Result, WorkflowFailure> {
        let loaded = DesiredState.load(path: path)
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            return .failure(.diagnostics(loaded.diagnostics))
        }
        let declared = Set(desired.resources.map(\.address.description))
        if let unknown = targets.first(where: { !declared.contains($0) }) {
            return .failure(.message("--target \(unknown): no resource has that address in \(path)"))
        }
        let clients: AWSClients
        do {
            clients = try access.clients(fileRegion: desired.region?.value)
        } catch {
            return .failure(.aws(error))
        }
        let reader = Reader(clients: clients, listEverything: mode == .drift)
        let observed: ObservedState
        switch await reader.read(desired) {
        case .success(let state): observed = state
        case .failure(let problems): return .failure(.diagnostics(problems))
        }
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        let planner = Planner(
            desired: desired,
            observed: observed,
            desiredFile: Plan.DesiredFile(path: path, sha256: Fingerprint.sha256Hex(bytes)),
            mode: mode,
            wardenVersion: wardenVersion
        )
        switch planner.plan() {
        case .success(let plan):
            let warnings = Diagnostics(loaded.diagnostics.filter { $0.severity != .error })
            return .success(
                Result(plan: targets.isEmpty ? plan : plan.targeting(targets), desired: desired, warnings: warnings))
        case .failure(let problems):
            return .failure(.diagnostics(problems))
        }
    }
}

extension Plan {
    /// Only the changes to `addresses` and what they depend on (`--target`), with the summary recounted.
    public func targeting(_ addresses: [String]) -> Plan {
        var wanted = Set(addresses)
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
