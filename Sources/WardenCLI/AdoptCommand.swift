import ArgumentParser
import Foundation
import Plan
import Reconcile
import Render

/// `warden adopt FILE`: write the live values of drifted fields into the file, in place.
struct AdoptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Write changes made in the console into the file: drifted fields take the live values, in place.",
        discussion: """
            Reads the live state as `warden drift` does and rewrites only the bytes of the values that drifted: \
            comments, blank lines, key order, indentation and quoting elsewhere stay as they are. Afterwards \
            `warden plan FILE` shows no changes for what was adopted. A value written with a variable, a reference \
            or an alias is never guessed: it is listed, with the live value, and left as it is. A resource the \
            file declares and AWS lacks is listed, never removed. The diff of the file goes to standard output, \
            the summary to standard error. The file is replaced atomically, and only when every selected resource \
            could be read. Exits 0 when everything drifted was adopted (or nothing drifted), 1 when something \
            could not be adopted or on error, and with --check 2 when the file would change.
            """
    )

    @Argument(help: "The desired-state file.")
    var file: String

    @Option(
        help: ArgumentHelp(
            "Adopt only this resource, or the resources of this instance or collection (repeatable).",
            valueName: "address"))
    var address: [String] = []

    @Flag(help: "Append live resources the file does not declare to their collections, as `warden import` writes them.")
    var includeUnmanaged = false

    @Flag(help: "Write nothing; exit 2 when the file would change (for CI).")
    var check = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the adopted file here instead of FILE.", valueName: "path"))
    var out: String?

    @OptionGroup var strictness: StrictOption

    @OptionGroup var variables: VariableOptions

    @OptionGroup var aws: AWSCommandOptions

    func validate() throws {
        if check && out != nil { throw ValidationError("--check writes nothing; it does not go with -o") }
    }

    func run() async throws {
        let progress = ReadProgressView { Console.standardError.write($0) }
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        let result: AdoptWorkflow.Result
        let adopted = await AdoptWorkflow.adopt(
            path: file, access: access, addresses: address, includeUnmanaged: includeUnmanaged,
            strict: strictness.strict, variables: try variables.inputs(), progress: progress.callback)
        // Adopting needs every selected resource read: an interrupted read writes nothing.
        if let signal = interruption.signal {
            Console.standardError.write(InterruptMessages.nothingImported(signal.name))
            throw WardenExit.interrupted(signal)
        }
        switch adopted {
        case .success(let adopted): result = adopted
        case .failure(let failure): throw WardenExit.failing(failure)
        }
        WorkflowFailure.diagnostics(result.warnings).report()
        let edits = result.adoption.edits
        Console.standardOutput.write(UnifiedDiff.diff(result.text, edits: edits, path: out ?? file))
        if !check && (!edits.isEmpty || out != nil) {
            do {
                try AdoptWorkflow.write(result.adoptedText, to: out ?? file)
            } catch {
                throw WardenExit.failing(.message("cannot write \(out ?? file): \(error.localizedDescription)"))
            }
        }
        Console.standardError.write(
            AdoptionView.summary(result.adoption.report, file: file, check: check, out: out))
        try WardenExit.check(result.adoption.report, fileChanges: !edits.isEmpty, check: check)
    }
}
