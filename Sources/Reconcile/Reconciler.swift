public import DesiredState
public import Plan
public import YAML

/// The one way from a desired state to a plan or a drift report: the targets checked against the file, the
/// live state read (STS first: the account guard stops everything else), the plan made, then limited to the
/// targets.
public struct Reconciler: Sendable {
    /// Why there is no plan.
    public enum Failure: Error, Sendable, Equatable {
        /// Problems in the file or the live state, each where it is.
        case diagnostics(Diagnostics)
        /// A `--target` names nothing the file declares or the plan changes.
        case unknownTarget(String)
    }

    public var clients: AWSClients
    public var mode: Plan.Mode
    public var targets: Targets
    public var wardenVersion: String
    /// Told of each collection listed and each resource read, as they finish.
    public var progress: (@Sendable (ReadProgress) -> Void)?

    public init(
        clients: AWSClients, mode: Plan.Mode = .plan, targets: Targets = Targets([]), wardenVersion: String,
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) {
        self.clients = clients
        self.mode = mode
        self.targets = targets
        self.wardenVersion = wardenVersion
        self.progress = progress
    }

    /// The plan of `desired` (read from `file`) against the live state.
    public func plan(_ desired: DesiredState, file: Plan.DesiredFile) async -> Result<Plan, Failure> {
        await planAndObserve(desired, file: file).map { $0.plan }
    }

    /// The plan, and the live state it was made from (what `warden adopt` writes into the file).
    public func planAndObserve(_ desired: DesiredState, file: Plan.DesiredFile) async -> Result<
        (plan: Plan, observed: ObservedState), Failure
    > {
        if let unknown = targets.unmatchable(in: desired) { return .failure(.unknownTarget(unknown)) }
        let reader = Reader(clients: clients, listEverything: mode == .drift, progress: progress)
        let observed: ObservedState
        switch await reader.read(desired) {
        case .success(let state): observed = state
        case .failure(let problems): return .failure(.diagnostics(problems))
        }
        let planner = Planner(
            desired: desired, observed: observed, desiredFile: file, mode: mode, wardenVersion: wardenVersion)
        switch planner.plan() {
        case .success(let plan):
            if let unknown = targets.unmatched(in: plan, desired: desired) { return .failure(.unknownTarget(unknown)) }
            return .success((targets.select(from: plan), observed))
        case .failure(let problems):
            return .failure(.diagnostics(problems))
        }
    }
}
