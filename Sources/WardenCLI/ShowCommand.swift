import AWSModel
import ArgumentParser
import Foundation
import Plan
import Render

/// `warden show PLAN`: render a saved plan.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a plan saved with `warden plan -o`, as text, markdown or JSON."
    )

    @Argument(help: "A plan saved with `warden plan -o PLAN`.")
    var plan: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        switch SavedPlan.load(plan) {
        case .success(let saved): Console.standardOutput.write(output.view.rendered(saved))
        case .failure(let failure): throw WardenExit.failing(failure)
        }
    }
}

/// Reading a plan saved with `-o`.
enum SavedPlan {
    static func load(_ path: String) -> Result<Plan, WorkflowFailure> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.message("cannot read \(path): \(error.localizedDescription)"))
        }
        do {
            return .success(try Plan.decode(data))
        } catch {
            return .failure(.message("\(path): \(error)"))
        }
    }

    /// Whether `path` holds a saved plan rather than a desired-state file: a JSON object with formatVersion.
    static func isPlan(_ path: String) -> Bool {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
            data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{"),
            let document = try? JSONValue(parsing: data)
        else { return false }
        return document["formatVersion"] != nil
    }
}
