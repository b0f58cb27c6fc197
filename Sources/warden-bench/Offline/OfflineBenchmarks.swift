import AWSModel
import Foundation

/// The offline core on a generated file of `shape.resourceCount` resources, each step run `runs` times in
/// a process of its own (so each has its own peak memory): libyaml's bare parse, `warden validate`, and the
/// in-process plan. Times are medians.
struct OfflineBenchmarks {
    var shape: FleetShape
    var runs: Int
    var warden: String
    /// This program, which runs the libyaml loop and the in-process plan as child processes.
    var bench: String
    var workDirectory: String
    var log: @Sendable (String) -> Void

    /// A step's median time and largest peak memory over the runs.
    struct Step: Sendable, Hashable {
        var seconds: Double
        var peakMemoryBytes: Int
    }

    struct Results: Sendable {
        var resources: Int
        var fileBytes: Int
        /// libyaml's event loop, timed inside its process.
        var parse: Step
        /// `warden validate`, the whole process.
        var validate: Step
        /// Read, parse, validate, plan and render, timed inside its process.
        var plan: Step
        /// The same as a whole process (start-up and building the observed state included).
        var planProcess: Step
        /// Median seconds of the in-process plan's steps (`read`, `load`, `plan`, `render`) and of Warden's
        /// YAML parser alone in a process of its own (`yaml`), in that order.
        var steps: [(name: String, seconds: Double)]
    }

    func run() throws -> Results {
        let fleet = Fleet(shape)
        let file = workDirectory + "/offline-\(shape.resourceCount).yaml"
        let text = fleet.changed().desiredFile()
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let expectedChanges = fleet.changes.count

        log("offline: libyaml parse of \(shape.resourceCount) resources…")
        let parse = try repeated {
            try timedInside(ChildProcess(executable: bench, arguments: ["libyaml-parse", file], environment: [:])).step
        }
        log("offline: Warden's YAML parser alone…")
        let nodes = try repeated {
            try timedInside(
                ChildProcess(executable: bench, arguments: ["libyaml-parse", file, "--nodes"], environment: [:])
            ).step
        }
        log("offline: warden validate…")
        let validate = try repeated {
            let outcome = try ChildProcess(
                executable: warden, arguments: ["validate", file], environment: ["NO_COLOR": "1"],
                standardError: workDirectory + "/validate.err"
            ).runBlocking()
            guard outcome.status == 0 else {
                throw BenchFailure(
                    "warden validate \(file) exited \(outcome.status); see \(workDirectory)/validate.err")
            }
            return Step(seconds: outcome.seconds, peakMemoryBytes: outcome.peakMemoryBytes)
        }
        log("offline: plan against an in-memory observed state…")
        var processes: [Step] = []
        var stepTimes: [String: [Double]] = [:]
        let plan = try repeated {
            let (step, process, answer) = try timedInside(
                ChildProcess(
                    executable: bench,
                    arguments: [
                        "offline-plan", file, "--instances", "\(shape.instances)", "--security-profiles",
                        "\(shape.securityProfilesPerInstance)", "--roles-anywhere-profiles",
                        "\(shape.rolesAnywhereProfiles)", "--steps",
                    ],
                    environment: [:]))
            guard answer["changes"]?.integerValue == Int64(expectedChanges) else {
                throw BenchFailure("offline plan: \(answer.serialized()), expected \(expectedChanges) changes")
            }
            processes.append(process)
            for name in Self.stepNames {
                if let seconds = answer[name]?.doubleValue { stepTimes[name, default: []].append(seconds) }
            }
            return step
        }
        return Results(
            resources: shape.resourceCount, fileBytes: text.utf8.count, parse: parse, validate: validate, plan: plan,
            planProcess: Self.summary(processes),
            steps: Self.stepNames.map { name in
                (name, Self.summary((stepTimes[name] ?? []).map { Step(seconds: $0, peakMemoryBytes: 0) }).seconds)
            } + [("yaml", nodes.seconds)])
    }

    /// Runs `body` `runs` times; the median time and the largest peak memory.
    private func repeated(_ body: () throws -> Step) throws -> Step {
        Self.summary(try (0..<max(1, runs)).map { _ in try body() })
    }

    /// The steps `offline-plan --steps` times.
    static let stepNames = ["read", "load", "plan", "render"]

    static func summary(_ steps: [Step]) -> Step {
        let times = steps.map(\.seconds).sorted()
        let median =
            times.isEmpty
            ? 0
            : times.count % 2 == 1
                ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        return Step(seconds: median, peakMemoryBytes: steps.map(\.peakMemoryBytes).max() ?? 0)
    }

    /// Runs a child that prints `{"seconds": …}` of its own timing: that time with the process's peak memory,
    /// the whole process's, and what it printed.
    private func timedInside(_ child: ChildProcess) throws -> (step: Step, process: Step, answer: JSONValue) {
        var child = child
        let output = workDirectory + "/\(child.arguments[0]).out"
        child.standardOutput = output
        child.standardError = workDirectory + "/\(child.arguments[0]).err"
        let outcome = try child.runBlocking()
        guard outcome.status == 0 else {
            throw BenchFailure("\(child.arguments[0]) exited \(outcome.status); see \(child.standardError)")
        }
        let answer = try JSONValue(parsing: String(contentsOfFile: output, encoding: .utf8))
        guard let seconds = answer["seconds"]?.doubleValue else {
            throw BenchFailure("\(child.arguments[0]) printed no time; see \(output)")
        }
        return (
            Step(seconds: seconds, peakMemoryBytes: outcome.peakMemoryBytes),
            Step(seconds: outcome.seconds, peakMemoryBytes: outcome.peakMemoryBytes), answer
        )
    }
}
