import AWSModel
import Foundation

/// The offline core on a generated file of `shape.resourceCount` resources, each step run `runs` times in
/// a process of its own (so each has its own peak memory): libyaml's bare parse, `warden validate`, and the
/// in-process plan, in rounds of one of each. Times are medians; ratios are medians of each round's.
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
        /// Each step's time over the libyaml parse of the same round, median over the rounds.
        var ratios: Ratios
        /// The in-process plan of the same file written with variables (`variableCount` of them, used
        /// wherever their values stand), and its time over the plain file's in the same round.
        var variableCount: Int
        var withVariables: Step
        var variablesRatio: Double
        /// How many values of the file with variables are variables.
        var variableUses: Int
    }

    /// The variables of the file with variables: the region, the account and this many repeated strings.
    static let sharedVariables = 6

    /// Runs take turns, so that a machine whose speed drifts between runs (shared virtual cores do) weighs
    /// on both sides of each ratio alike.
    struct Ratios: Sendable {
        var validate: Double
        var plan: Double
        var planProcess: Double
    }

    func run() throws -> Results {
        let fleet = Fleet(shape)
        let file = workDirectory + "/offline-\(shape.resourceCount).yaml"
        let text = fleet.changed().desiredFile()
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let variablesFile = workDirectory + "/offline-\(shape.resourceCount)-variables.yaml"
        let variablesText = fleet.changed().desiredFile(variables: Self.sharedVariables)
        try variablesText.write(toFile: variablesFile, atomically: true, encoding: .utf8)
        let expectedChanges = fleet.changes.count
        var withVariables: [Step] = []

        var parses: [Step] = []
        var nodes: [Step] = []
        var validates: [Step] = []
        var plans: [Step] = []
        var processes: [Step] = []
        var stepTimes: [String: [Double]] = [:]
        for round in 1...max(1, runs) {
            log("offline: round \(round) of \(max(1, runs)): libyaml, Warden's YAML parser, warden validate, plan…")
            parses.append(
                try timedInside(ChildProcess(executable: bench, arguments: ["libyaml-parse", file], environment: [:]))
                    .step)
            nodes.append(
                try timedInside(
                    ChildProcess(executable: bench, arguments: ["libyaml-parse", file, "--nodes"], environment: [:])
                ).step)
            let outcome = try ChildProcess(
                executable: warden, arguments: ["validate", file], environment: ["NO_COLOR": "1"],
                standardError: workDirectory + "/validate.err"
            ).runBlocking()
            guard outcome.status == 0 else {
                throw BenchFailure(
                    "warden validate \(file) exited \(outcome.status); see \(workDirectory)/validate.err")
            }
            validates.append(Step(seconds: outcome.seconds, peakMemoryBytes: outcome.peakMemoryBytes))
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
            plans.append(step)
            processes.append(process)
            let (variablesStep, _, variablesAnswer) = try timedInside(
                ChildProcess(
                    executable: bench,
                    arguments: [
                        "offline-plan", variablesFile, "--instances", "\(shape.instances)", "--security-profiles",
                        "\(shape.securityProfilesPerInstance)", "--roles-anywhere-profiles",
                        "\(shape.rolesAnywhereProfiles)",
                    ],
                    environment: [:]))
            guard variablesAnswer["changes"]?.integerValue == Int64(expectedChanges) else {
                throw BenchFailure(
                    "offline plan with variables: \(variablesAnswer.serialized()), expected \(expectedChanges) changes")
            }
            withVariables.append(variablesStep)
            for name in Self.stepNames {
                if let seconds = answer[name]?.doubleValue { stepTimes[name, default: []].append(seconds) }
            }
        }
        func ratio(_ runs: [Step]) -> Double {
            Self.median(zip(runs, parses).map { $0.seconds / $1.seconds })
        }
        return Results(
            resources: shape.resourceCount, fileBytes: text.utf8.count, parse: Self.summary(parses),
            validate: Self.summary(validates), plan: Self.summary(plans), planProcess: Self.summary(processes),
            steps: Self.stepNames.map { name in (name, Self.median(stepTimes[name] ?? [])) }
                + [("yaml", Self.summary(nodes).seconds)],
            ratios: Ratios(validate: ratio(validates), plan: ratio(plans), planProcess: ratio(processes)),
            variableCount: Self.sharedVariables + 2, withVariables: Self.summary(withVariables),
            variablesRatio: Self.median(zip(withVariables, plans).map { $0.seconds / $1.seconds }),
            variableUses: variablesText.components(separatedBy: "${var.").count - 1)
    }

    /// The steps `offline-plan --steps` times.
    static let stepNames = ["read", "load", "plan", "render"]

    /// The median time and the largest peak memory.
    static func summary(_ steps: [Step]) -> Step {
        Step(seconds: median(steps.map(\.seconds)), peakMemoryBytes: steps.map(\.peakMemoryBytes).max() ?? 0)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
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
