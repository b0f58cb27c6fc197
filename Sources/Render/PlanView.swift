public import Plan

/// One output format of a plan. Views are pure: the same plan always renders to the same text, written to
/// the stream given (never to standard output directly).
public protocol PlanView: Sendable {
    func render(_ plan: Plan, to out: inout some TextOutputStream)
}

extension PlanView {
    /// The rendered text.
    public func rendered(_ plan: Plan) -> String {
        var out = ""
        render(plan, to: &out)
        return out
    }
}

/// The formats `--format` accepts.
public enum PlanFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json

    /// The view for this format. Colour applies to text only, and only when the caller allows it.
    public func view(colour: Bool = false) -> any PlanView {
        switch self {
        case .text: TextPlanView(colour: colour)
        case .markdown: MarkdownPlanView()
        case .json: JSONPlanView()
        }
    }
}

/// The plan's public JSON (documented by `schemas/plan.schema.json`), with a final newline.
public struct JSONPlanView: PlanView {
    public init() {}

    public func render(_ plan: Plan, to out: inout some TextOutputStream) {
        out.write(String(decoding: plan.jsonData(), as: UTF8.self))
        out.write("\n")
    }
}
