import Parallel
public import Plan

/// The plan for people at a terminal, in Terraform's style: `+` create, `~` update, `-` delete, attribute
/// changes before -> after, set elements added and removed, and a closing `Plan: …` line.
public struct TextPlanView: PlanView {
    /// ANSI colour. The CLI turns it on only for a terminal and never when `NO_COLOR` is set.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ plan: Plan, to out: inout some TextOutputStream) {
        out.write(PlanInputsLayout.text(plan))
        if !plan.hasChanges {
            out.write(plan.mode == .drift ? "No drift. " : "No changes. ")
            out.write("The live resources match \(plan.desiredFile.path).\n")
            renderUnmanaged(plan, to: &out)
            return
        }
        if plan.mode == .drift {
            out.write("Drift: the live resources differ from \(plan.desiredFile.path). Applying it would:\n\n")
        } else {
            out.write("Warden will perform the following actions:\n\n")
        }
        // Each change's text stands alone: large plans are rendered on all cores, written in plan order.
        let changes = plan.changes
        let texts = Concurrently.map(over: changes.count, minimumChunk: 256) { range in
            var text = ""
            for index in range { renderChange(changes[index], to: &text) }
            return text
        }
        for text in texts { out.write(text) }
        renderUnmanaged(plan, to: &out)
        out.write(paint(plan.summary.sentence, .bold) + "\n")
    }

    private func renderChange(_ change: ResourceChange, to out: inout some TextOutputStream) {
        out.write(paint("  # \(change.address) will be \(change.action.pastParticiple)", .bold) + "\n")
        out.write(paint("  \(change.action.symbol) ", colourOf(change.action)) + DiffLayout.title(change) + "\n")
        for line in DiffLayout.lines(for: change) {
            let indent = String(repeating: "    ", count: line.depth + 1)
            let mark = line.mark == .none ? "  " : paint(line.mark.rawValue, colourOf(line.mark)) + " "
            out.write("  " + indent + mark + line.text + "\n")
        }
        if !change.dependsOn.isEmpty {
            out.write(paint("      # after: \(change.dependsOn.joined(separator: ", "))", .dim) + "\n")
        }
        if !change.calls.isEmpty {
            out.write(paint("      # calls: \(DiffLayout.callsSummary(change.calls))", .dim) + "\n")
        }
        out.write("\n")
    }

    private func renderUnmanaged(_ plan: Plan, to out: inout some TextOutputStream) {
        guard !plan.unmanaged.isEmpty else { return }
        out.write("Live resources not managed by \(plan.desiredFile.path):\n")
        for resource in plan.unmanaged {
            let id = resource.identity.id.map { " (id \($0))" } ?? ""
            out.write("  ? \(resource.scope): \(DiffLayout.quote(resource.name))\(id)\n")
        }
        out.write("\n")
    }

    private func colourOf(_ action: ResourceChange.Action) -> ANSIStyle {
        switch action {
        case .create: .green
        case .update: .yellow
        case .delete: .red
        }
    }

    private func colourOf(_ mark: DiffLine.Mark) -> ANSIStyle {
        switch mark {
        case .add: .green
        case .remove: .red
        case .change, .none: .yellow
        }
    }

    private func paint(_ text: String, _ style: ANSIStyle) -> String {
        style.paint(text, if: colour)
    }
}
