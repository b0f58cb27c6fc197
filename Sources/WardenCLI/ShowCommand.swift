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
        case .success(let saved):
            Console.hide(saved.inputs?.sensitiveValues ?? [])
            output.write(saved)
        case .failure(let failure): throw WardenExit.failing(failure)
        }
    }
}

/// Reading a plan saved with `-o`.
enum SavedPlan {
    static func load(_ path: String) -> Result<Plan, WorkflowFailure> {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > Plan.maximumSavedBytes
        {
            return .failure(.message("\(path): \(PlanDecodingError.tooLarge(bytes: size))"))
        }
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

    /// Whether `path` holds a saved plan rather than a desired-state file: its first character other than
    /// white space is `{` (a plan is a JSON object; a desired-state file is a YAML block mapping). Only the
    /// start is read, so a damaged or enormous plan is still recognised, and refused as a plan.
    static func isPlan(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4_096)) ?? Data()
        return start.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }
}
