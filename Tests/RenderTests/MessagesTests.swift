import Plan
import Render
import Testing

/// The lines commands print for people beside their main output, word for word.
@Suite struct MessagesTests {
    @Test func importSaysWhatItImportedAndWhereItWroteIt() {
        #expect(
            ImportMessages.imported(
                account: "111122223333", region: "eu-west-2", summary: "1 Connect instance", file: "cc.yaml")
                == "Imported from account 111122223333, eu-west-2: 1 Connect instance. Wrote cc.yaml; "
                + "`warden plan cc.yaml` shows what differs (nothing, until AWS changes).\n")
        #expect(
            ImportMessages.imported(
                account: "111122223333", region: "eu-west-2", summary: "1 Connect instance", file: nil)
                == "Imported from account 111122223333, eu-west-2: 1 Connect instance.\n")
        #expect(
            ImportMessages.notValid
                == "error: the imported file does not pass `warden validate`; AWS holds values Warden cannot write "
                + "back (fix the lines above)\n")
        #expect(ImportMessages.readingFailed(["a", "b"]) == "error: a\nerror: b\n")
    }

    @Test func planAndApplySayWhatTheyDo() {
        #expect(
            PlanMessages.saved("p.json") == "Saved the plan to p.json. Apply exactly it with: warden apply p.json\n")
        let plan = Plan(wardenVersion: "0.1.0", desiredFile: SamplePlans.file, changes: [], unchangedCount: 0)
        #expect(
            ApplyMessages.applyingSavedPlan("p.json", plan)
                == "Applying the saved plan p.json: Plan: 0 to create, 0 to update, 0 to delete.\n")
        #expect(ApplyMessages.confirmation == "\nApply these changes? Only 'yes' will be accepted: ")
        #expect(ApplyMessages.cancelled == "Apply cancelled; nothing was changed.\n")
        #expect(ApplyMessages.noChanges == "No changes to apply.\n")
    }
}
