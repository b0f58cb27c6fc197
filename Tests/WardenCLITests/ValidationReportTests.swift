import DesiredState
import Reconcile
import Render
import Testing
import WardenCLI
import YAML

@Suite struct ValidationReports {
    private func result(_ text: String, file: String) -> (path: String, result: LoadResult) {
        (file, DesiredState.load(text: text, file: file, layout: Kinds.layout))
    }

    private func text(_ report: ValidationReport) -> (summaries: String, diagnostics: String) {
        var summaries = ""
        var diagnostics = ""
        TextValidationView().render(report, to: &summaries, errors: &diagnostics)
        return (summaries, diagnostics)
    }

    @Test func summarisesValidFilesAndRendersDiagnosticsOfInvalidOnes() {
        let report = ValidationReport(results: [
            result("version: 1\n", file: "empty.yaml"),
            result("version: 1\nregion: moon\n", file: "bad.yaml"),
            result(
                "version: 1\nrolesAnywhere:\n  profiles:\n    a: {name: a}\n    b: {name: b}\n", file: "ra.yaml"),
        ])
        #expect(report.hasErrors)
        #expect(
            text(report).summaries == """
                empty.yaml: valid: 0 Connect instances
                ra.yaml: valid: 0 Connect instances, 2 Roles Anywhere profiles

                """)
        #expect(
            text(report).diagnostics
                == "bad.yaml:2:9: error: region: \"moon\" is invalid: expected an AWS Region code such as eu-west-2\n")
    }

    @Test func warningsAloneDoNotFailValidation() {
        let text = """
            version: 1
            connect:
              prod:
                alias: acme
                authenticationProfiles:
                  default: {name: Default, periodicSessionDuration: 30}
            """
        let report = ValidationReport(results: [result(text, file: "w.yaml")])
        #expect(!report.hasErrors)
        #expect(self.text(report).summaries == "w.yaml: valid: 1 Connect instance, 1 authentication profile\n")
        #expect(self.text(report).diagnostics.hasPrefix("w.yaml:6:32: warning: "))
    }

    @Test func everyKindIsCountedInTheKindsOrder() {
        let report = ValidationReport(results: [result("version: 1\n", file: "empty.yaml")])
        #expect(
            report.files[0].declared?.resources.map(\.kind) == Kinds.layout.kinds.map(\.id))
        #expect(report.files[0].declared?.resources.map(\.count) == Kinds.layout.kinds.map { _ in 0 })
    }
}
