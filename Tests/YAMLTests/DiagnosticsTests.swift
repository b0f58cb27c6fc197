import Testing
import YAML

@Suite struct DiagnosticRendering {
    @Test func rendersAsCompilersDo() {
        let located = Diagnostic.error(
            .valueInvalid, "bad value", file: "a.yaml", at: SourceLocation(line: 3, column: 7))
        let whole = Diagnostic.error(.valueInvalid, "cannot read the file", file: "b.yaml", at: nil)
        let warning = Diagnostic.warning(
            .deprecatedField, "deprecated", file: "a.yaml", at: SourceLocation(line: 1, column: 2))
        #expect(located.description == "a.yaml:3:7: error: bad value")
        #expect(whole.description == "b.yaml: error: cannot read the file")
        #expect(warning.description == "a.yaml:1:2: warning: deprecated")
        #expect(located.line == 3 && located.column == 7)
    }

    @Test func collectionKeepsEveryProblemAndSortsIntoReadingOrder() {
        var diagnostics = Diagnostics()
        diagnostics.error(.valueInvalid, "third", file: "a.yaml", at: SourceLocation(line: 9, column: 1))
        diagnostics.warning(.deprecatedField, "second", file: "a.yaml", at: SourceLocation(line: 2, column: 5))
        diagnostics.error(.valueInvalid, "other file", file: "b.yaml", at: SourceLocation(line: 1, column: 1))
        diagnostics.error(.valueInvalid, "first", file: "a.yaml", at: SourceLocation(line: 2, column: 1))
        diagnostics.error(.valueInvalid, "whole file", file: "a.yaml", at: nil)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.errorCount == 4)
        #expect(diagnostics.warningCount == 1)
        #expect(
            diagnostics.sorted().description == """
                a.yaml: error: whole file
                a.yaml:2:1: error: first
                a.yaml:2:5: warning: second
                a.yaml:9:1: error: third
                b.yaml:1:1: error: other file
                """)
    }

    @Test func warningsAloneAreNotErrors() {
        let diagnostics: Diagnostics = [.warning(.deprecatedField, "w", file: "a.yaml", at: .start)]
        #expect(!diagnostics.hasErrors)
    }
}
