import Foundation
import Plan
import Render
import Testing

@Suite struct ApplyViewTests {
    @Test(arguments: SampleApplyReports.all.map(\.name))
    func textAndJSONMatchTheirGoldenFiles(name: String) throws {
        let report = try #require(SampleApplyReports.all.first { $0.name == name }?.report)
        try GoldenFile.check(TextApplyReportView().rendered(report), against: "ApplyReport/\(name).txt")
        try GoldenFile.check(JSONApplyReportView().rendered(report), against: "ApplyReport/\(name).json")
    }

    @Test func theTextReportOfACompleteApplyIsItsSummaryAfterABlankLine() {
        #expect(
            TextApplyReportView().rendered(SampleApplyReports.complete)
                == "\nApply complete: 1 created, 1 updated, 1 deleted.\n")
    }

    @Test func theFormatPicksTheView() {
        let report = SampleApplyReports.incomplete
        #expect(ReportFormat.text.applyReportView.rendered(report) == TextApplyReportView().rendered(report))
        #expect(ReportFormat.json.applyReportView.rendered(report) == JSONApplyReportView().rendered(report))
    }

    @Test func theJSONReportCarriesWhatTheTextReportSays() throws {
        let report = SampleApplyReports.incomplete
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONApplyReportView().rendered(report).utf8))
                as? [String: Any])
        #expect(document["status"] as? String == "incomplete")
        #expect(document["message"] as? String == report.summary)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(
            summary == [
                "created": 1, "updated": 1, "deleted": 0, "failed": 1, "stale": 1, "notAttempted": 1, "interrupted": 0,
            ])
        let resources = try #require(document["resources"] as? [[String: Any]])
        #expect(resources.map { $0["address"] as? String } == report.entries.map(\.address))
        #expect(
            resources.map { $0["outcome"] as? String } == [
                "succeeded", "succeeded", "failed", "stale", "notAttempted",
            ])
        #expect(resources[2]["callsMade"] as? [String] == ["UpdateProfile"])
        #expect(resources[0]["reason"] == nil)
        #expect(document["interruption"] == nil)
    }

    @Test func anInterruptedApplyListsWhatWasNotWrittenInAGroupOfItsOwn() throws {
        let report = SampleApplyReports.interrupted
        #expect(
            TextApplyReportView().rendered(report) == """

                Succeeded:
                  connect.prod.securityProfiles.supervisor: created
                Failed:
                  rolesAnywhere.profiles.connect-ops: apply was interrupted: the calls after these were not sent \
                (made before it failed: UpdateProfile)
                Not attempted (interrupted):
                  connect.prod.securityProfiles.agent (update)
                  connect.prod.securityProfiles.SalesAgent (delete)
                Apply interrupted (SIGINT): 1 created, 0 updated, 0 deleted; 1 failed, 0 stale, 0 not attempted, \
                2 not attempted (interrupted).
                Run `warden plan` to see what remains.

                """)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONApplyReportView().rendered(report).utf8))
                as? [String: Any])
        #expect(document["status"] as? String == "incomplete")
        #expect(document["interruption"] as? String == "SIGINT")
        #expect((document["summary"] as? [String: Int])?["interrupted"] == 2)
        let resources = try #require(document["resources"] as? [[String: Any]])
        #expect(resources.map { $0["outcome"] as? String } == ["succeeded", "failed", "interrupted", "interrupted"])
        #expect(resources[2]["reason"] as? String == "apply was interrupted before anything was written to it")
    }

    @Test func progressLinesSayWhatHappenedAndHowLongItTook() {
        let created = ApplyReport.Entry(
            address: "connect.prod.securityProfiles.agent", action: .create, outcome: .succeeded,
            callsMade: ["CreateSecurityProfile"], identity: .init(region: "eu-west-2", id: "sp-1"))
        let failed = ApplyReport.Entry(
            address: "rolesAnywhere.profiles.ops", action: .update,
            outcome: .failed("RolesAnywhere.UpdateProfile: ValidationException (HTTP 400): bad"), callsMade: [])
        let stale = ApplyReport.Entry(
            address: "connect.prod.securityProfiles.x", action: .delete, outcome: .stale("it changed"), callsMade: [])
        let skipped = ApplyReport.Entry(
            address: "rolesAnywhere.profiles.ci", action: .create,
            outcome: .notAttempted("it depends on rolesAnywhere.profiles.ops, which failed"), callsMade: [])
        let interrupted = ApplyReport.Entry(
            address: "connect.prod.securityProfiles.y", action: .update, outcome: .interrupted, callsMade: [])
        #expect(
            [
                ApplyEvent.started(address: "connect.prod.securityProfiles.agent", action: .create),
                .finished(created, elapsed: .milliseconds(1_340)),
                .finished(failed, elapsed: .milliseconds(40)),
                .finished(stale, elapsed: .seconds(2)),
                .skipped(skipped),
                .finished(interrupted, elapsed: .milliseconds(300)),
                .note(address: "rolesAnywhere.profiles.ops", message: "it is already gone"),
            ].map(ApplyProgressView.line) == [
                "connect.prod.securityProfiles.agent: creating...",
                "connect.prod.securityProfiles.agent: created after 1.3s [id=sp-1]",
                "rolesAnywhere.profiles.ops: failed after 0.0s: RolesAnywhere.UpdateProfile: ValidationException "
                    + "(HTTP 400): bad",
                "connect.prod.securityProfiles.x: stale, nothing written (after 2.0s): it changed",
                "rolesAnywhere.profiles.ci: not attempted: it depends on rolesAnywhere.profiles.ops, which failed",
                "connect.prod.securityProfiles.y: apply was interrupted before anything was written to it (after 0.3s)",
                "rolesAnywhere.profiles.ops: it is already gone",
            ])
    }
}
