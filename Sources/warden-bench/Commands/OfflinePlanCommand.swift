import ArgumentParser
import Foundation
import Render

/// `warden-bench offline-plan FILE`: Warden's offline core, timed inside its own process.
struct OfflinePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offline-plan",
        abstract: "Plan FILE against the generated account held in memory; print the time and the number of changes.",
        discussion: """
            The observed state is built first, untimed: it stands in for what the reader would have read. Then \
            the file is read, parsed, validated and planned, and the plan rendered as text, all timed.
            """,
        shouldDisplay: false
    )

    @Argument(help: "A desired-state file generated for the same account (`warden-bench generate`).")
    var file: String

    @OptionGroup var shape: ShapeOptions

    @Option(help: "Write the rendered plan to this file.")
    var output: String?

    @Option(help: "Write the plan's JSON to this file (made after the timed steps, untimed).")
    var jsonOutput: String?

    @Flag(help: "Also print the time of each step.")
    var steps = false

    func run() throws {
        let observed = Fleet(shape.shape).observedState()
        let started = ContinuousClock.now
        let outcome = try OfflinePlan.run(path: file, observed: observed)
        let seconds = (ContinuousClock.now - started).inSeconds
        // The observed state stands in for the reader's answers: made untimed, and freed untimed too (Swift
        // would free it right after its last use above, inside the timed span).
        withExtendedLifetime(observed) {}
        if let output { try outcome.rendered.write(toFile: output, atomically: true, encoding: .utf8) }
        if let jsonOutput {
            try JSONPlanView().rendered(outcome.plan).write(toFile: jsonOutput, atomically: true, encoding: .utf8)
        }
        var fields = [
            "\"seconds\": \(seconds)", "\"changes\": \(outcome.changes)",
            "\"renderedBytes\": \(outcome.rendered.utf8.count)",
        ]
        if steps { fields += outcome.steps.map { "\"\($0.name)\": \($0.seconds)" } }
        print("{" + fields.joined(separator: ", ") + "}")
    }
}
