/// Permissions that need others, as AWS documents them (the catalog's README, "Dependencies the docs state").
extension ConnectPermissionCatalog {
    /// What one permission needs: the names, and why, for the warning.
    public struct Requirement: Sendable, Hashable {
        public var names: [String]
        public var reason: String
    }

    /// Every catalog name with what it needs (most need nothing): one lookup per declared permission both
    /// tells whether the name is known and what to check.
    static let requirementsByName: [String: [Requirement]] = Dictionary(
        uniqueKeysWithValues: names.map { ($0, requirements(of: $0)) })

    /// What `name` needs under the documented rules, naming only permissions the catalog has:
    /// - `X.Edit`, `X.Create`, `X.Delete` and `X.Remove` need `X.View` (the console always adds it);
    /// - `*.DownloadButton` needs its `*.Access`;
    /// - `ChatTestMode` needs `ContactFlows.View`; `ManagerListenIn` needs `BasicAgentAccess`;
    ///   `ScreenRecording.Redacted.Download` needs `ScreenRecording.Redacted.Access`;
    /// - `RulesGenerativeAI.<action>` needs `Rules.<action>`;
    /// - `MetricsReports.Schedule` comes with `MetricsReports.Publish` and every `ReportSchedules.*`.
    static func requirements(of name: String) -> [Requirement] {
        let (prefix, action) = parts(of: name)
        var found: [Requirement] = []
        func need(_ needed: [String], _ reason: String) {
            let known = needed.filter { Self.contains($0) }
            if !known.isEmpty { found.append(Requirement(names: known, reason: reason)) }
        }
        if let prefix, ["Edit", "Create", "Delete", "Remove"].contains(action) {
            need(["\(prefix).View"], "the console always adds View with Edit, Create and Delete")
        }
        if let prefix, action == "DownloadButton" {
            need(["\(prefix).Access"], "a download button needs access to what it downloads")
        }
        if let prefix, prefix == "RulesGenerativeAI" {
            need(["Rules.\(action)"], "generative AI rules need the Rules permissions")
        }
        switch name {
        case "ChatTestMode": need(["ContactFlows.View"], "AWS documents that chat test mode needs it")
        case "ManagerListenIn": need(["BasicAgentAccess"], "AWS documents that listening in needs it")
        case "ScreenRecording.Redacted.Download":
            need(["ScreenRecording.Redacted.Access"], "AWS documents that the download needs it")
        case "MetricsReports.Schedule":
            need(
                ["MetricsReports.Publish"] + Self.names.filter { $0.hasPrefix("ReportSchedules.") },
                "AWS documents that scheduling reports comes with them")
        default: break
        }
        return found
    }

    /// `Users.Edit` → (`Users`, `Edit`); `ChatTestMode` → (nil, `ChatTestMode`).
    private static func parts(of name: String) -> (prefix: String?, action: String) {
        guard let dot = name.lastIndex(of: ".") else { return (nil, name) }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
