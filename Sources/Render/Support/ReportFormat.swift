/// The formats `--format` accepts for a report that is not a plan (`warden apply`, `warden validate`): `text`
/// for people, `json` for machines (a versioned document with a JSON Schema in `schemas/`).
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
}
