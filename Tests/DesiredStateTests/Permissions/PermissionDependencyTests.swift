import DesiredState
import Testing
import YAML

/// The documented dependencies: each rule warns when what it needs is missing, and is silent once granted.
@Suite struct PermissionDependencies {
    /// Granting `permission` alone gives exactly `warning`; granting it with `needed` gives none.
    struct Rule: Sendable, CustomTestStringConvertible {
        var permission: String
        var needed: [String]
        var warning: String
        var testDescription: String { permission }
    }

    static let path = "connect.prod.securityProfiles.supervisor.permissions"
    static let console = "the console always adds View with Edit, Create and Delete"

    static let rules: [Rule] = [
        Rule(
            permission: "Users.Edit", needed: ["Users.View"],
            warning: "\"Users.Edit\" needs \"Users.View\" (\(console))"),
        Rule(
            permission: "Queues.Create", needed: ["Queues.View"],
            warning: "\"Queues.Create\" needs \"Queues.View\" (\(console))"),
        Rule(
            permission: "ContactFlows.Delete", needed: ["ContactFlows.View"],
            warning: "\"ContactFlows.Delete\" needs \"ContactFlows.View\" (\(console))"),
        Rule(
            permission: "Views.Remove", needed: ["Views.View"],
            warning: "\"Views.Remove\" needs \"Views.View\" (\(console))"),
        Rule(
            permission: "ChatTestMode", needed: ["ContactFlows.View"],
            warning: "\"ChatTestMode\" needs \"ContactFlows.View\" (AWS documents that chat test mode needs it)"),
        Rule(
            permission: "ManagerListenIn", needed: ["BasicAgentAccess"],
            warning: "\"ManagerListenIn\" needs \"BasicAgentAccess\" (AWS documents that listening in needs it)"),
        Rule(
            permission: "ScreenRecording.Redacted.Download", needed: ["ScreenRecording.Redacted.Access"],
            warning: "\"ScreenRecording.Redacted.Download\" needs \"ScreenRecording.Redacted.Access\" (AWS documents "
                + "that the download needs it)"),
        Rule(
            permission: "CallRecordings.Unredacted.DownloadButton", needed: ["CallRecordings.Unredacted.Access"],
            warning: "\"CallRecordings.Unredacted.DownloadButton\" needs \"CallRecordings.Unredacted.Access\" (a "
                + "download button needs access to what it downloads)"),
        Rule(
            permission: "AutomatedVoiceInteraction.Recordings.Redacted.DownloadButton",
            needed: ["AutomatedVoiceInteraction.Recordings.Redacted.Access"],
            warning: "\"AutomatedVoiceInteraction.Recordings.Redacted.DownloadButton\" needs "
                + "\"AutomatedVoiceInteraction.Recordings.Redacted.Access\" (a download button needs access to what it "
                + "downloads)"),
        Rule(
            permission: "RulesGenerativeAI.View", needed: ["Rules.View"],
            warning: "\"RulesGenerativeAI.View\" needs \"Rules.View\" (generative AI rules need the Rules permissions)"),
        Rule(
            permission: "MetricsReports.Schedule",
            needed: [
                "MetricsReports.Publish", "ReportSchedules.Create", "ReportSchedules.Delete", "ReportSchedules.Edit",
                "ReportSchedules.View",
            ],
            warning: "\"MetricsReports.Schedule\" needs \"MetricsReports.Publish\", \"ReportSchedules.Create\", "
                + "\"ReportSchedules.Delete\", \"ReportSchedules.Edit\" and \"ReportSchedules.View\" (AWS documents "
                + "that scheduling reports comes with them)"),
    ]

    @Test(arguments: rules) func firesWhenTheNeededPermissionIsMissing(_ rule: Rule) {
        #expect(PermissionFile.warnings([rule.permission]) == ["\(Self.path): \(rule.warning)"])
    }

    @Test(arguments: rules) func isSilentOnceItIsGranted(_ rule: Rule) {
        #expect(PermissionFile.warnings([rule.permission] + rule.needed).isEmpty)
        #expect(PermissionFile.warnings(rule.needed.reversed() + [rule.permission]).isEmpty, "order does not matter")
    }

    @Test func onlyWhatIsStillMissingIsNamed() {
        #expect(
            PermissionFile.warnings(["RulesGenerativeAI.Edit", "RulesGenerativeAI.View", "Rules.View"]) == [
                "\(Self.path): \"RulesGenerativeAI.Edit\" needs \"Rules.Edit\" (generative AI rules need the Rules "
                    + "permissions)"
            ])
        #expect(
            PermissionFile.warnings(["MetricsReports.Schedule", "MetricsReports.Publish", "ReportSchedules.View"])
                == [
                    "\(Self.path): \"MetricsReports.Schedule\" needs \"ReportSchedules.Create\", \"ReportSchedules.Delete\" "
                        + "and \"ReportSchedules.Edit\" (AWS documents that scheduling reports comes with them)"
                ])
    }

    @Test func anEditWithoutAViewInTheCatalogNeedsNothing() {
        #expect(!ConnectPermissionCatalog.contains("CaseComments.View"))
        #expect(PermissionFile.warnings(["CaseComments.Edit", "CaseComments.Delete"]).isEmpty)
    }

    @Test func eachWarningIsAtTheNameThatNeedsSomething() {
        let diagnostics = PermissionFile.diagnostics(PermissionFile.text(["BasicAgentAccess", "Users.Edit"]))
        #expect(diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["11:13"])
    }
}
