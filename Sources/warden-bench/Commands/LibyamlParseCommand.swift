import ArgumentParser
import Foundation

/// `warden-bench libyaml-parse FILE`: the offline benchmark's floor, timed inside its own process.
struct LibyamlParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libyaml-parse",
        abstract: "Read FILE and run libyaml's event parser over it; print the time and the number of events.",
        shouldDisplay: false
    )

    @Argument(help: "A YAML file.")
    var file: String

    @Flag(help: "Time Warden's YAML parser (located nodes, as validation reads them) instead of libyaml's bare loop.")
    var nodes = false

    func run() throws {
        if nodes {
            print("{\"seconds\": \(try OfflinePlan.yamlSeconds(path: file))}")
            return
        }
        let started = ContinuousClock.now
        guard let data = FileManager.default.contents(atPath: file) else { throw BenchFailure("cannot read \(file)") }
        let events = try LibyamlParse.events(in: Array(data))
        let seconds = (ContinuousClock.now - started).inSeconds
        print("{\"seconds\": \(seconds), \"events\": \(events)}")
    }
}
