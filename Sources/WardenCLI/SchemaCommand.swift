import ArgumentParser
import DesiredState
import Reconcile

/// `warden schema`: prints the JSON Schema of the desired-state file.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the desired-state file.",
        discussion: """
            The same schema as schemas/warden.schema.json. Point an editor at it for completion and checks, \
            e.g. with a first line of # yaml-language-server: $schema=<path>/warden.schema.json
            """
    )

    func run() {
        Console.standardOutput.write(JSONSchema.text(Kinds.layout))
    }
}
