public import Plan

/// One output format of apply's final report. Views are pure: the same report always renders to the same
/// text, written to the stream given.
public protocol ApplyReportView: Sendable {
    func render(_ report: ApplyReport, to out: inout some TextOutputStream)
}

extension ApplyReportView {
    /// The rendered text.
    public func rendered(_ report: ApplyReport) -> String {
        var out = ""
        render(report, to: &out)
        return out
    }
}

extension ReportFormat {
    /// The view of apply's report in this format.
    public var applyReportView: any ApplyReportView {
        switch self {
        case .text: TextApplyReportView()
        case .json: JSONApplyReportView()
        }
    }
}

/// The report for people, after a blank line that sets it apart from the plan and the prompt. When everything
/// was done (or nothing was attempted), the summary line; otherwise what succeeded, what failed (with the AWS
/// error and how far the resource got), what was stale, what was not attempted and what an interrupt kept from
/// being written ("Not attempted (interrupted)", each with the change that was not made), then the summary.
public struct TextApplyReportView: ApplyReportView {
    public init() {}

    public func render(_ report: ApplyReport, to out: inout some TextOutputStream) {
        out.write("\n")
        if report.succeeded || report.refusal != nil {
            out.write(report.summary + "\n")
            return
        }
        func section(_ title: String, _ entries: [ApplyReport.Entry], _ line: (ApplyReport.Entry) -> String) {
            guard !entries.isEmpty else { return }
            out.write("\(title):\n" + entries.map { "  \(line($0))\n" }.joined())
        }
        section("Succeeded", report.succeededEntries) { "\($0.address): \($0.action.pastParticiple)" }
        section("Failed", report.failedEntries) { entry in
            let made =
                entry.callsMade.isEmpty ? "" : " (made before it failed: \(entry.callsMade.joined(separator: ", ")))"
            return "\(entry.address): \(Self.reason(entry.outcome))\(made)"
        }
        section("Stale, nothing written", report.staleEntries) { "\($0.address): \(Self.reason($0.outcome))" }
        section("Not attempted", report.notAttemptedEntries) { "\($0.address): \(Self.reason($0.outcome))" }
        section("Not attempted (interrupted)", report.interruptedEntries) { "\($0.address) (\($0.action.rawValue))" }
        out.write(report.summary + "\nRun `warden plan` to see what remains.\n")
    }

    static func reason(_ outcome: ApplyReport.Outcome) -> String {
        switch outcome {
        case .succeeded: "done"
        case .failed(let reason), .stale(let reason), .notAttempted(let reason): reason
        case .interrupted: ApplyReport.Outcome.interruptedReason
        }
    }
}

/// The report as data (`warden apply --format json`), documented by `schemas/apply-report.schema.json`: the
/// status, the counts, the signal that interrupted apply (if one did), and every planned resource in plan order
/// with its outcome, the reason when it was not changed, the calls that succeeded and, for a create, the
/// identity AWS gave it. One document, with a final newline.
public struct JSONApplyReportView: ApplyReportView {
    /// The version of the document. A change that could break a reader gets a new version.
    public static let formatVersion = 1

    public init() {}

    public func render(_ report: ApplyReport, to out: inout some TextOutputStream) {
        out.write(PublicJSON.text(Document(report)) + "\n")
    }

    private struct Document: Encodable {
        var formatVersion = JSONApplyReportView.formatVersion
        var status: String
        /// The summary line of the text view.
        var message: String
        var refusal: String?
        var interruption: String?
        var summary: ApplyReport.Counts
        var resources: [Resource]

        init(_ report: ApplyReport) {
            status = report.status.rawValue
            message = report.summary
            refusal = report.refusal
            interruption = report.interruption
            summary = report.counts
            resources = report.entries.map(Resource.init)
        }
    }

    private struct Resource: Encodable {
        var address: String
        var action: ResourceChange.Action
        var outcome: String
        var reason: String?
        var callsMade: [String]
        var identity: ResourceChange.Identity?

        init(_ entry: ApplyReport.Entry) {
            address = entry.address
            action = entry.action
            switch entry.outcome {
            case .succeeded: outcome = "succeeded"
            case .failed(let why): (outcome, reason) = ("failed", why)
            case .stale(let why): (outcome, reason) = ("stale", why)
            case .notAttempted(let why): (outcome, reason) = ("notAttempted", why)
            case .interrupted: (outcome, reason) = ("interrupted", ApplyReport.Outcome.interruptedReason)
            }
            callsMade = entry.callsMade
            identity = entry.identity
        }
    }
}
