import ArgumentParser
import Foundation
import Reconcile
import Render
import YAML

/// `warden import --instance ID|ALIAS…`: write the live state as a desired-state file.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write the live state of Connect instances (and Roles Anywhere profiles) as a desired-state file.",
        discussion: """
            Reads every authentication profile and security profile of each instance (AWS's defaults included) \
            and, with --roles-anywhere, every Roles Anywhere profile of the region, and writes them with every \
            field Warden can manage, so that `warden plan` of the file shows no changes. Resources are matched by \
            name; logical names are derived from AWS names. The file guards the account it was read from \
            (accountId) and prunes nothing. Exits 0 on success, 1 on error (the file is still written when only \
            its checks fail, so you can fix it).
            """
    )

    @Option(
        name: .customLong("instance"),
        help: ArgumentHelp(
            "An Amazon Connect instance: its id, alias or ARN (repeatable).",
            discussion: "An ARN imports the instance from the region it names.",
            valueName: "id|alias|arn"
        )
    )
    var instances: [String] = []

    @Flag(help: "Also import every IAM Roles Anywhere profile of the region.")
    var rolesAnywhere = false

    @Option(name: .shortAndLong, help: "Write the file here instead of standard output.")
    var out: String?

    @Flag(help: "Replace the -o file if it exists.")
    var force = false

    @Option(
        help: ArgumentHelp(
            "The JSON Schema location for the yaml-language-server comment.",
            valueName: "path|url"
        )
    )
    var schema: String = ImportedFile.defaultSchemaLocation

    @OptionGroup var aws: AWSCommandOptions

    func validate() throws {
        guard !instances.isEmpty || rolesAnywhere else {
            throw ValidationError("Give at least one --instance, or --roles-anywhere.")
        }
        if let out, !force, FileManager.default.fileExists(atPath: out) {
            throw ValidationError("\(out) exists; pass --force to replace it.")
        }
        if force && out == nil { throw ValidationError("--force needs -o.") }
    }

    func run() async throws {
        let name = out ?? "<stdout>"
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        let result: ImportWorkflow.Result
        let imported = await ImportWorkflow.run(
            instances: instances, rolesAnywhere: rolesAnywhere, access: access, file: name, schemaLocation: schema)
        if let signal = interruption.signal {
            Console.standardError.write(InterruptMessages.nothingImported(signal.name))
            throw WardenExit.interrupted(signal)
        }
        switch imported {
        case .success(let imported): result = imported
        case .failure(.aws(let error)): throw WardenExit.failing(.aws(error))
        case .failure(.reading(let failure)):
            Console.standardError.write(ImportMessages.readingFailed(failure.problems))
            throw WardenExit.failure
        }
        if let out {
            do {
                // Written whole to a file beside it, then renamed over it: never half a file, even if stopped.
                try Data(result.text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw WardenExit.failing(.message("cannot write \(out): \(error.localizedDescription)"))
            }
        } else {
            Console.standardOutput.write(result.text)
        }
        Console.standardError.write(Terminal.diagnosticView.rendered(result.diagnostics))
        guard let summary = result.summary, !result.diagnostics.hasErrors else {
            Console.standardError.write(ImportMessages.notValid)
            throw WardenExit.failure
        }
        Console.standardError.write(
            ImportMessages.imported(
                account: result.state.accountId, region: result.state.region, summary: summary, file: out))
        try WardenExit.check(interruption)
    }
}
