import DesiredState
import Foundation
import Plan
import Reconcile
import Render
import YAML

/// Warden's offline core on one file, in process: read, parse, validate, plan against an observed state
/// already in memory (standing in for the reader), and render the text plan.
enum OfflinePlan {
    /// What one run made, and how long each step took.
    struct Outcome: Sendable {
        var changes: Int
        var rendered: String
        /// The plan itself.
        var plan: Plan
        /// The desired state it was planned from, returned so that freeing it (after the output is written,
        /// as in `warden plan`) is not counted in a step.
        var desired: DesiredState
        /// Seconds per step: `read`, `load` (parse and validate), `plan`, `render`.
        var steps: [(name: String, seconds: Double)]
    }

    static func run(path: String, observed: ObservedState) throws -> Outcome {
        var steps: [(String, Double)] = []
        var started = ContinuousClock.now
        func lap(_ name: String) {
            let now = ContinuousClock.now
            steps.append((name, (now - started).inSeconds))
            started = now
        }
        // Read, and fingerprinted below, as `warden plan` does.
        let text: String
        switch DesiredState.text(atPath: path) {
        case .success(let read): text = read
        case .failure(let problem): throw BenchFailure(problem.map(\.description).joined(separator: "; "))
        }
        lap("read")
        let loaded = DesiredState.load(text: text, file: path, layout: Kinds.layout)
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            throw BenchFailure(
                "\(path) is not valid: \(loaded.diagnostics.prefix(3).map(\.description).joined(separator: "; "))")
        }
        lap("load")
        let planner = Planner(
            desired: desired,
            observed: observed,
            desiredFile: Plan.DesiredFile(path: path, sha256: Fingerprint.sha256Hex(text.utf8)),
            wardenVersion: "warden-bench"
        )
        let plan: Plan
        switch planner.plan() {
        case .success(let made): plan = made
        case .failure(let problems):
            throw BenchFailure(
                "planning \(path) failed: \(problems.prefix(3).map(\.description).joined(separator: "; "))")
        }
        lap("plan")
        let rendered = TextPlanView(colour: false).rendered(plan)
        lap("render")
        return Outcome(changes: plan.changes.count, rendered: rendered, plan: plan, desired: desired, steps: steps)
    }

    /// How long Warden's YAML parser takes to read `path` into located nodes (the flat document validation
    /// reads; no validation), the file's reading included as in libyaml's bare parse.
    static func yamlSeconds(path: String) throws -> Double {
        let started = ContinuousClock.now
        let text = try String(contentsOfFile: path, encoding: .utf8)
        _ = try? YAMLParser().document(text, file: path)
        return (ContinuousClock.now - started).inSeconds
    }
}
