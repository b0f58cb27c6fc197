import DesiredState
import Reconcile
import Testing
import WardenCLI
import YAML

@Suite struct ValidationReports {
    private func result(_ text: String, file: String) -> (path: String, result: LoadResult) {
        (file, DesiredState.load(text: text, file: file, layout: Kinds.layout))
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
            report.summaries == """
                empty.yaml: valid: 0 Connect instances
                ra.yaml: valid: 0 Connect instances, 2 Roles Anywhere profiles

                """)
        #expect(
            report.renderedDiagnostics()
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
        #expect(report.summaries == "w.yaml: valid: 1 Connect instance, 1 authentication profile\n")
        #expect(report.renderedDiagnostics().hasPrefix("w.yaml:6:32: warning: "))
    }

    @Test func colouredDiagnosticsHighlightTheSeverity() {
        let diagnostic = Diagnostic.error("bad", file: "f.yaml", at: SourceLocation(line: 2, column: 3))
        #expect(DiagnosticStyle.plain.render(diagnostic) == "f.yaml:2:3: error: bad")
        #expect(
            DiagnosticStyle.colored.render(diagnostic)
                == "\u{1B}[1mf.yaml:2:3:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad")
    }
}
