import Foundation
public import Plan

/// The plan as a pull-request comment: the summary line first, deletions called out loudly, a table of
/// resources, and each resource's details in a collapsible section with a `diff` block.
public struct MarkdownPlanView: PlanView {
    public init() {}

    public func render(_ plan: Plan, to out: inout some TextOutputStream) {
        let heading = plan.mode == .drift ? "Warden drift report" : "Warden plan"
        if !plan.hasChanges {
            out.write("**\(heading): no changes.** The live resources match `\(plan.desiredFile.path)`.\n")
            if plan.inputs != nil { out.write("\n" + PlanInputsLayout.markdown(plan)) }
            if !plan.unmanaged.isEmpty { out.write("\n") }
            renderUnmanaged(plan, to: &out)
            return
        }
        out.write("**\(heading): \(plan.summary.sentence.dropFirst("Plan: ".count))**\n\n")
        out.write(PlanInputsLayout.markdown(plan))
        let deletions = plan.changes.filter { $0.action == .delete }
        if !deletions.isEmpty {
            let count = deletions.count == 1 ? "1 resource" : "\(deletions.count) resources"
            out.write("> [!CAUTION]\n> **\(count) will be deleted:**\n")
            for change in deletions {
                out.write("> - `\(change.address)` (\(DiffLayout.quote(change.name)))\n")
            }
            out.write("\n")
        }
        out.write("| | Resource | Name | Action |\n|---|---|---|---|\n")
        for change in plan.changes {
            out.write(
                "| `\(change.action.symbol)` | `\(change.address)` | \(escape(change.name)) | \(change.action.rawValue) |\n"
            )
        }
        out.write("\n")
        for change in plan.changes {
            out.write("<details><summary><code>\(change.action.symbol) \(change.address)</code></summary>\n\n")
            out.write("```diff\n")
            out.write("\(change.action.symbol) \(DiffLayout.title(change))\n")
            for line in DiffLayout.lines(for: change) {
                out.write(line.mark.rawValue + String(repeating: "    ", count: line.depth + 1) + line.text + "\n")
            }
            out.write("```\n\n")
            if !change.calls.isEmpty {
                out.write("Calls: `\(DiffLayout.callsSummary(change.calls))`\n\n")
            }
            out.write("</details>\n\n")
        }
        renderUnmanaged(plan, to: &out)
    }

    /// Live resources the file does not manage (drift reports), folded away: they are not drift on their own.
    private func renderUnmanaged(_ plan: Plan, to out: inout some TextOutputStream) {
        guard !plan.unmanaged.isEmpty else { return }
        let count = plan.unmanaged.count == 1 ? "1 live resource" : "\(plan.unmanaged.count) live resources"
        out.write("<details><summary>\(count) not managed by <code>\(plan.desiredFile.path)</code></summary>\n\n")
        for resource in plan.unmanaged {
            let id = resource.identity.id.map { " (id `\($0)`)" } ?? ""
            out.write("- `\(resource.scope)`: \(escape(resource.name))\(id)\n")
        }
        out.write("\n</details>\n")
    }

    /// Table cells cannot hold `|` or newlines.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
