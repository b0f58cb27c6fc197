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
            summary == ["created": 1, "updated": 1, "deleted": 0, "failed": 1, "stale": 1, "notAttempted": 1])
        let resources = try #require(document["resources"] as? [[String: Any]])
        #expect(resources.map { $0["address"] as? String } == report.entries.map(\.address))
        #expect(
            resources.map { $0["outcome"] as? String } == [
                "succeeded", "succeeded", "failed", "stale", "notAttempted",
            ])
        #expect(resources[2]["callsMade"] as? [String] == ["UpdateProfile"])
        #expect(resources[0]["reason"] == nil)
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
        #expect(
            [
                ApplyEvent.started(address: "connect.prod.securityProfiles.agent", action: .create),
                .finished(created, elapsed: .milliseconds(1_340)),
                .finished(failed, elapsed: .milliseconds(40)),
                .finished(stale, elapsed: .seconds(2)),
                .skipped(skipped),
                .note(address: "rolesAnywhere.profiles.ops", message: "it is already gone"),
            ].map(ApplyProgressView.line) == [
                "connect.prod.securityProfiles.agent: creating...",
                "connect.prod.securityProfiles.agent: created after 1.3s [id=sp-1]",
                "rolesAnywhere.profiles.ops: failed after 0.0s: RolesAnywhere.UpdateProfile: ValidationException "
                    + "(HTTP 400): bad",
                "connect.prod.securityProfiles.x: stale, nothing written (after 2.0s): it changed",
                "rolesAnywhere.profiles.ci: not attempted: it depends on rolesAnywhere.profiles.ops, which failed",
                "rolesAnywhere.profiles.ops: it is already gone",
            ])
    }
}
