import DesiredState
import Foundation
import Plan
import Reconcile
import Render
import YAML

/// `warden adopt`'s offline core on a generated file whose values drifted in about 500 resources: load the
/// file, make the drift report against a live state held in memory (standing in for the reader), parse the
/// file's marks, adopt, make the text and the diff. Checked afterwards, untimed: every drifted resource was
/// adopted and the adopted file plans to no changes.
enum OfflineAdopt {
    /// 1,000 resources, every second one drifted: 4 instances of 1 authentication and 199 security profiles,
    /// and 200 Roles Anywhere profiles (502 drifted).
    static let shape = FleetShape(instances: 4, securityProfilesPerInstance: 199, rolesAnywhereProfiles: 200)

    /// The target: adopting takes less than this many seconds.
    static let targetSeconds = 2.0

    struct Results: Sendable {
        var resources: Int
        var drifted: Int
        var fileBytes: Int
        /// Median seconds over the runs.
        var seconds: Double
    }

    static func run(runs: Int) throws -> Results {
        let fleet = Fleet(shape)
        let text = fleet.desiredFile()
        let observed = fleet.changed().observedState()
        var times: [Double] = []
        var last: (adoption: Adoption, adopted: String)?
        for _ in 0..<max(1, runs) {
            let started = ContinuousClock.now
            let outcome = try adopt(text, observed)
            times.append((ContinuousClock.now - started).inSeconds)
            last = outcome
        }
        guard let (adoption, adopted) = last else { throw BenchFailure("offline adopt did not run") }
        let drifted = fleet.changes.count
        guard adoption.report.adopted.count == drifted, adoption.report.notAdopted.isEmpty else {
            throw BenchFailure(
                "offline adopt: \(adoption.report.adopted.count) of \(drifted) resources adopted, "
                    + "\(adoption.report.notAdopted.count) values not adopted")
        }
        let reloaded = DesiredState.load(text: adopted, file: "adopted.yaml", layout: Kinds.layout)
        guard let desired = reloaded.state,
            case .success(let plan) = Planner(
                desired: desired, observed: observed, desiredFile: .init(path: "adopted.yaml", sha256: ""),
                wardenVersion: "warden-bench"
            ).plan(), plan.changes.isEmpty
        else { throw BenchFailure("offline adopt: the adopted file does not plan to no changes") }
        return Results(
            resources: shape.resourceCount, drifted: drifted, fileBytes: text.utf8.count,
            seconds: OfflineBenchmarks.median(times))
    }

    /// The timed steps, as `warden adopt` makes them once the live state is read.
    private static func adopt(_ text: String, _ observed: ObservedState) throws -> (Adoption, String) {
        let loaded = DesiredState.load(text: text, file: "drifted.yaml", layout: Kinds.layout)
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            throw BenchFailure("the generated file is not valid")
        }
        let drift: Plan
        switch Planner(
            desired: desired, observed: observed, desiredFile: .init(path: "drifted.yaml", sha256: ""), mode: .drift,
            wardenVersion: "warden-bench"
        ).plan() {
        case .success(let plan): drift = plan
        case .failure: throw BenchFailure("the drift report of the generated file failed")
        }
        let tree = try SourceTree.parse(text, file: "drifted.yaml")
        let adoption = Adopter(text: text, tree: tree, plan: drift, observed: observed).adopt()
        let adopted = adoption.text(from: text)
        _ = UnifiedDiff.diff(text, edits: adoption.edits, path: "drifted.yaml")
        return (adoption, adopted)
    }
}
