public import ArgumentParser

/// The root `warden` command.
public struct Warden: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "warden",
        abstract: "Amazon Connect authentication and security profiles, and IAM Roles Anywhere profiles, as code.",
        version: WardenVersion.current,
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ApplyCommand.self, DriftCommand.self, AdoptCommand.self,
            ShowCommand.self,
            SchemaCommand.self, ImportCommand.self, ParticipantAuthCommand.self,
        ]
    )

    public init() {}
}

/// The version `warden --version` prints.
public enum WardenVersion {
    public static let current = "0.1.0-dev"
}
