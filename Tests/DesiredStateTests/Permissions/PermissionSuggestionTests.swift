import DesiredState
import Reconcile
import Testing
import YAML

/// "Did you mean …?" for every kind of near-miss, each drawn from the catalog.
@Suite struct PermissionSuggestions {
    /// A misspelling, what it should suggest (nil: nothing), and the kind of slip it is.
    struct Case: Sendable, CustomTestStringConvertible {
        var written: String
        var meant: String?
        var slip: String
        var testDescription: String { "\(slip): \(written)" }
    }

    static let table: [Case] = [
        // A missing or extra `.`
        Case(written: "ContactSearchView", meant: "ContactSearch.View", slip: "missing dot"),
        Case(written: "UsersView", meant: "Users.View", slip: "missing dot"),
        Case(written: "TransferDestinationsView", meant: "TransferDestinations.View", slip: "missing dot"),
        Case(written: "CallRecordings.RedactedAccess", meant: "CallRecordings.Redacted.Access", slip: "missing dot"),
        Case(written: "Queues..View", meant: "Queues.View", slip: "extra dot"),
        Case(written: "Basic.AgentAccess", meant: "BasicAgentAccess", slip: "extra dot"),
        Case(written: "Outbound.Call.Access", meant: "OutboundCallAccess", slip: "extra dot"),
        // Wrong case
        Case(written: "basicagentaccess", meant: "BasicAgentAccess", slip: "case"),
        Case(written: "users.view", meant: "Users.View", slip: "case"),
        Case(written: "OUTBOUNDCALLACCESS", meant: "OutboundCallAccess", slip: "case"),
        Case(
            written: "AccessMetrics.RealtimeMetrics.Access", meant: "AccessMetrics.RealTimeMetrics.Access", slip: "case"
        ),
        Case(written: "RealTimeContactLens.View", meant: "RealtimeContactLens.View", slip: "case"),
        Case(written: "ContactFlows.view", meant: "ContactFlows.View", slip: "case"),
        // A missing segment
        Case(written: "ContactSearch", meant: "ContactSearch.View", slip: "missing segment"),
        Case(written: "Users", meant: "Users.View", slip: "missing segment"),
        Case(written: "CallRecordings.Access", meant: "CallRecordings.Redacted.Access", slip: "missing segment"),
        Case(written: "ScreenRecording.Redacted", meant: "ScreenRecording.Redacted.Access", slip: "missing segment"),
        Case(written: "CustomerProfiles.Segments", meant: "CustomerProfiles.Segments.View", slip: "missing segment"),
        Case(written: "AccessMetrics.Dashboards", meant: "AccessMetrics.Dashboards.Access", slip: "missing segment"),
        // Typos: a letter missing, doubled, wrong, or two letters transposed
        Case(written: "BasicAgentAcess", meant: "BasicAgentAccess", slip: "letter missing"),
        Case(written: "OutboundCallAcces", meant: "OutboundCallAccess", slip: "letter missing"),
        Case(written: "Queus.View", meant: "Queues.View", slip: "letter missing"),
        Case(written: "Prommpts.View", meant: "Prompts.View", slip: "letter doubled"),
        Case(written: "BasicAgnetAccess", meant: "BasicAgentAccess", slip: "transposed letters"),
        Case(written: "ManagerListneIn", meant: "ManagerListenIn", slip: "transposed letters"),
        Case(written: "ManagerBrageIn", meant: "ManagerBargeIn", slip: "transposed letters"),
        Case(written: "HoursOfOpertaion.View", meant: "HoursOfOperation.View", slip: "transposed letters"),
        Case(written: "RoutingPolicies.Veiw", meant: "RoutingPolicies.View", slip: "transposed letters"),
        Case(written: "SecurityProfiles.Edot", meant: "SecurityProfiles.Edit", slip: "wrong letter"),
        // The console (UI) name instead of the API name
        Case(written: "RoutingProfiles.Edit", meant: "RoutingPolicies.Edit", slip: "console name"),
        Case(written: "QuickConnects.View", meant: "TransferDestinations.View", slip: "console name"),
        Case(written: "AccessContactControlPanel", meant: "BasicAgentAccess", slip: "console name"),
        Case(written: "MakeOutboundCalls", meant: "OutboundCallAccess", slip: "console name"),
        Case(written: "AgentHierarchy.View", meant: "AgentGrouping.View", slip: "console name"),
        Case(written: "AgentStatus.Create", meant: "AgentStates.Create", slip: "console name"),
        Case(written: "Flows.Edit", meant: "ContactFlows.Edit", slip: "console name"),
        Case(written: "Access metrics - Access", meant: "AccessMetrics", slip: "console name"),
        // The traps the catalog's sources name
        Case(written: "ListenToCalls", meant: "ManagerListenIn", slip: "trap"),
        Case(written: "Contactflow.View", meant: "ContactFlows.View", slip: "trap"),
        // Nothing close
        Case(written: "TotallyMadeUp.Permission", meant: nil, slip: "unrelated"),
        Case(written: "NewPermission.View", meant: nil, slip: "unrelated"),
    ]

    @Test func theTableIsDrawnFromTheCatalog() {
        #expect(Self.table.count >= 30)
        for entry in Self.table {
            #expect(!ConnectPermissionCatalog.contains(entry.written), "\(entry.written) is in the catalog")
            if let meant = entry.meant { #expect(ConnectPermissionCatalog.contains(meant), "\(meant)") }
        }
    }

    @Test(arguments: table) func suggestsWhatWasMeant(_ entry: Case) {
        #expect(ConnectPermissionCatalog.suggestion(for: entry.written) == entry.meant)
    }

    @Test(arguments: table) func theWarningCarriesTheSuggestion(_ entry: Case) {
        let expected =
            "connect.prod.securityProfiles.supervisor.permissions: \"\(entry.written)\" is not a known Amazon Connect "
            + "permission"
            + (entry.meant.map { "; did you mean \"\($0)\"?" }
                ?? "; if AWS added it after this Warden was built, list it under allowPermissions")
        #expect(PermissionFile.warnings([entry.written]) == [expected])
    }

    @Test func theWarningIsAtTheNameInTheIssuesFormat() {
        let text = PermissionFile.text(["BasicAgentAccess", "ContactSearchView"])
        let result = DesiredState.load(text: text, file: "contact-center.yaml", layout: Kinds.layout)
        #expect(result.state != nil, "a warning never makes the file invalid")
        #expect(
            result.diagnostics.description
                == "contact-center.yaml:11:13: warning: connect.prod.securityProfiles.supervisor.permissions: "
                + "\"ContactSearchView\" is not a known Amazon Connect permission; did you mean \"ContactSearch.View\"?"
        )
    }

    @Test func everyCatalogNameIsKnownAndSuggestsNothingElse() {
        #expect(ConnectPermissionCatalog.all.count == 326)
        #expect(PermissionFile.warnings(ConnectPermissionCatalog.all).isEmpty)
    }
}
