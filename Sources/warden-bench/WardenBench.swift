import ArgumentParser

/// `warden-bench`: Warden's benchmarks (`make bench`). See the README's Performance section.
@main
struct WardenBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warden-bench",
        abstract: "Warden's benchmarks: plan and apply at the API quota, a boto3 baseline, and the offline core.",
        subcommands: [
            RunCommand.self, GenerateCommand.self, LibyamlParseCommand.self, OfflinePlanCommand.self,
            OfflineAdoptCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}
