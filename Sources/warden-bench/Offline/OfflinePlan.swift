import DesiredState
import Foundation
import Plan
import Reconcile
import Render

/// Warden's offline core on one file, in process: read, parse, validate, plan against an observed state
/// already in memory (standing in for the reader), and render the text plan.
enum OfflinePlan {
    /// What one run made.
    struct Outcome: Sendable {
        var changes: Int
        var rendered: String
    }

    static func run(path: String, observed: ObservedState) throws -> Outcome {
        let loaded = DesiredState.load(path: path)
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            throw BenchFailure(
                "\(path) is not valid: \(loaded.diagnostics.prefix(3).map(\.description).joined(separator: "; "))")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let planner = Planner(
            desired: desired,
            observed: observed,
            desiredFile: Plan.DesiredFile(path: path, sha256: Fingerprint.sha256Hex(bytes)),
            wardenVersion: "warden-bench"
        )
        switch planner.plan() {
        case .success(let plan):
            let text = TextPlanView(colour: false).rendered(plan)
            return Outcome(changes: plan.changes.count, rendered: text)
        case .failure(let problems):
            throw BenchFailure(
                "planning \(path) failed: \(problems.prefix(3).map(\.description).joined(separator: "; "))")
        }
    }
}
