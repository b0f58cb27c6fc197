import ArgumentParser
import Emulator
import Foundation

/// `warden-bench generate`: writes a generated account's files, to look at or to run by hand.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated account: the desired-state file, its changed version and the emulator state.",
        discussion: """
            Writes DIR/desired.yaml (the account as it is), DIR/changed.yaml (every second resource changed, as \
            the apply benchmark applies it) and DIR/emulator-state.json (for warden-emulator --state).
            """
    )

    @OptionGroup var shape: ShapeOptions

    @Argument(help: "The directory to write to.")
    var directory: String

    func run() throws {
        let fleet = Fleet(shape.shape)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try fleet.desiredFile().write(toFile: directory + "/desired.yaml", atomically: true, encoding: .utf8)
        try fleet.changed().desiredFile().write(toFile: directory + "/changed.yaml", atomically: true, encoding: .utf8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        try encoder.encode(fleet.emulatorSeed().state).write(
            to: URL(fileURLWithPath: directory + "/emulator-state.json"))
        print("\(fleet.shape.resourceCount) resources, \(fleet.changes.count) changed, written to \(directory)")
    }
}

/// The size of a generated account.
struct ShapeOptions: ParsableArguments {
    @Option(help: "Amazon Connect instances.")
    var instances = FleetShape.atQuota.instances

    @Option(help: "Security profiles per instance (the first four take the names of AWS's defaults).")
    var securityProfiles = FleetShape.atQuota.securityProfilesPerInstance

    @Option(help: "IAM Roles Anywhere profiles.")
    var rolesAnywhereProfiles = FleetShape.atQuota.rolesAnywhereProfiles

    func validate() throws {
        guard instances >= 0, securityProfiles >= 0, rolesAnywhereProfiles >= 0 else {
            throw ValidationError("counts cannot be negative")
        }
        guard instances <= 99 else { throw ValidationError("--instances: at most 99") }
    }

    var shape: FleetShape {
        FleetShape(
            instances: instances, securityProfilesPerInstance: securityProfiles,
            rolesAnywhereProfiles: rolesAnywhereProfiles)
    }
}
