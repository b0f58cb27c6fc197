import Foundation
import Plan
import Render
import Testing

@Suite struct PlanViewTests {
    @Test(arguments: [
        ("mixed", SamplePlans.mixed), ("no-changes", SamplePlans.noChanges), ("drift", SamplePlans.drift),
        ("structured", SamplePlans.structured), ("inputs", SamplePlans.withInputs),
    ])
    func textMarkdownAndJSONMatchTheirGoldenFiles(name: String, plan: Plan) throws {
        try GoldenFile.check(TextPlanView().rendered(plan), against: "\(name).txt")
        try GoldenFile.check(MarkdownPlanView().rendered(plan), against: "\(name).md")
        try GoldenFile.check(JSONPlanView().rendered(plan), against: "\(name).json")
    }

    @Test func colourIsOnlyAddedWhenAsked() {
        let plain = TextPlanView(colour: false).rendered(SamplePlans.mixed)
        let coloured = TextPlanView(colour: true).rendered(SamplePlans.mixed)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[32m+\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m-\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    /// A plan large enough to be rendered on several cores reads exactly as its changes rendered one by one,
    /// in plan order.
    @Test func aLargePlanIsItsChangesInOrder() {
        let samples = SamplePlans.mixed.changes
        let changes = (0..<900).map { index in
            var change = samples[index % samples.count]
            change.address += "-\(index)"
            return change
        }
        func plan(_ changes: [ResourceChange]) -> Plan {
            Plan(
                wardenVersion: "0.1.0", desiredFile: SamplePlans.file, accountId: "111122223333", changes: changes,
                unchangedCount: 0)
        }
        let header = "Warden will perform the following actions:\n\n"
        let one = changes.map { change in
            let text = TextPlanView().rendered(plan([change])).dropFirst(header.count)
            return text[..<text.range(of: "Plan: ", options: .backwards)!.lowerBound]
        }
        #expect(
            TextPlanView().rendered(plan(changes))
                == header + one.joined() + "Plan: 300 to create, 300 to update, 300 to delete.\n")
    }

    @Test func textEndsWithTheSummarySentence() {
        #expect(TextPlanView().rendered(SamplePlans.mixed).hasSuffix("Plan: 1 to create, 1 to update, 1 to delete.\n"))
    }

    @Test func markdownLeadsWithTheSummaryAndFlagsDeletes() {
        let markdown = MarkdownPlanView().rendered(SamplePlans.mixed)
        #expect(markdown.hasPrefix("**Warden plan: 1 to create, 1 to update, 1 to delete.**\n"))
        #expect(
            markdown.contains(
                "> [!CAUTION]\n> **1 resource will be deleted:**\n> - `connect.prod.securityProfiles.legacy`"))
    }

    @Test func theJSONViewRoundTripsToTheSamePlan() throws {
        for plan in [SamplePlans.mixed, SamplePlans.noChanges, SamplePlans.drift, SamplePlans.structured] {
            let text = JSONPlanView().rendered(plan)
            #expect(try Plan.decode(Data(text.utf8)) == plan)
        }
    }

    @Test func summaryIsComputedFromTheChanges() {
        let summary = SamplePlans.mixed.summary
        #expect(summary == Plan.Summary(changes: SamplePlans.mixed.changes, unchanged: 4, unmanaged: 0))
        #expect((summary.create, summary.update, summary.delete, summary.unchanged) == (1, 1, 1, 4))
    }

    @Test func refusesAPlanOfAnotherFormatVersion() {
        #expect(throws: PlanDecodingError.unsupportedFormatVersion(2)) {
            try Plan.decode(Data(#"{"formatVersion": 2}"#.utf8))
        }
        #expect(throws: PlanDecodingError.notAPlan("no formatVersion")) {
            try Plan.decode(Data("[]".utf8))
        }
    }
}
