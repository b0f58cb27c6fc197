import AWSModel
import Plan

/// The variables' values a plan was made with, as text and markdown views show them before the changes, so
/// that a reviewer sees which environment a plan is for.
enum PlanInputsLayout {
    /// `name = value  (source)` lines, then one line per var file.
    static func lines(_ inputs: Plan.Inputs) -> [String] {
        let width = inputs.variables.map(\.name.count).max() ?? 0
        var lines = inputs.variables.map { variable in
            let padded = variable.name + String(repeating: " ", count: width - variable.name.count)
            return "\(padded) = \(shown(variable))  (\(variable.source))"
        }
        lines += inputs.varFiles.map { "var file \($0.path) (sha256 \($0.sha256.prefix(12)))" }
        return lines
    }

    /// The value as JSON text, `(sensitive)` as is.
    static func shown(_ variable: Plan.Inputs.Variable) -> String {
        variable.sensitive ? Plan.Inputs.hidden : variable.value.serialized()
    }

    static func text(_ plan: Plan) -> String {
        guard let inputs = plan.inputs, !inputs.variables.isEmpty || !inputs.varFiles.isEmpty else { return "" }
        return "Variables:\n" + lines(inputs).map { "  \($0)\n" }.joined() + "\n"
    }

    static func markdown(_ plan: Plan) -> String {
        guard let inputs = plan.inputs, !inputs.variables.isEmpty || !inputs.varFiles.isEmpty else { return "" }
        var out = "<details><summary>Variables</summary>\n\n| Variable | Value | From |\n|---|---|---|\n"
        for variable in inputs.variables {
            out += "| `\(variable.name)` | `\(shown(variable).replacing("|", with: "\\|"))` | \(variable.source) |\n"
        }
        for file in inputs.varFiles {
            out += "\nVar file `\(file.path)` (sha256 `\(file.sha256)`)\n"
        }
        return out + "\n</details>\n\n"
    }
}
