import ArgumentParser

/// `warden-bench offline-adopt`: `warden adopt`'s offline core on a generated file with about 500 drifted
/// resources.
struct OfflineAdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offline-adopt",
        abstract: "Adopt the drift of 500 resources of a generated file, in memory; print the median time.",
        shouldDisplay: false
    )

    @Option(help: "How many runs (the median is reported).")
    var runs = 5

    func run() throws {
        let results = try OfflineAdopt.run(runs: runs)
        print(
            "{\"seconds\": \(results.seconds), \"drifted\": \(results.drifted), \"resources\": \(results.resources)}")
    }
}
