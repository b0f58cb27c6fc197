import AWSModel
public import Plan

/// What `warden adopt` says on standard error: what was adopted, what was not and why, and the live resources
/// the file does not manage. The diff of the file goes to standard output (`UnifiedDiff`).
public enum AdoptionView {
    /// The summary for `report` about `file`; `check` when nothing is written, `out` the path written when it
    /// is not the file itself.
    public static func summary(_ report: AdoptionReport, file: String, check: Bool, out: String?) -> String {
        var text = ""
        let fields = report.adopted.reduce(0) { $0 + $1.fields.count }
        let target = out ?? file
        if report.adopted.isEmpty && report.appended.isEmpty {
            text += "Nothing to adopt into \(file)"
            text += report.notAdopted.isEmpty ? ": the live resources match it.\n" : ".\n"
        } else {
            var parts: [String] = []
            if !report.adopted.isEmpty {
                parts.append(
                    "\(count(fields, "field")) of \(count(report.adopted.count, "resource"))")
            }
            if !report.appended.isEmpty {
                parts.append("\(count(report.appended.count, "live resource")) the file did not declare")
            }
            let verb = check ? "Would adopt" : "Adopted"
            let source = out == nil ? "" : " from \(file)"
            let written = check ? " (--check: nothing written)" : ""
            text += "\(verb) \(parts.joined(separator: " and "))\(source) into \(target)\(written).\n"
            for resource in report.adopted {
                text += "  ~ \(resource.address): \(resource.fields.joined(separator: ", "))\n"
            }
            for resource in report.appended {
                text += "  + \(resource.address) (\(JSONText.quoted(resource.name)))\n"
            }
        }
        if !report.notAdopted.isEmpty {
            text += "Not adopted (\(count(report.notAdopted.count, "value")); the file keeps what it says there):\n"
            for item in report.notAdopted {
                let address = item.field.map { "\(item.address).\($0)" } ?? item.address
                let live = item.live.map { "; AWS has \($0.serialized())" } ?? ""
                text += "  ! \(address): \(item.reason.description)\(live)\n"
            }
        }
        if !report.unmanaged.isEmpty {
            text +=
                "\(count(report.unmanaged.count, "live resource")) not managed by \(file) (--include-unmanaged "
                + "writes them into it):\n"
            for resource in report.unmanaged {
                text +=
                    "  ? \(resource.scope): \(JSONText.quoted(resource.name)) (id \(resource.identity.id ?? "unknown"))\n"
            }
        }
        return text
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

/// A string as JSON writes it, for names in messages.
private enum JSONText {
    static func quoted(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }
}
