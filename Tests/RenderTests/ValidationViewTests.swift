import Foundation
import Render
import Testing
import YAML

@Suite struct ValidationViewTests {
    static func declared(instances: Int, authentication: Int = 0, security: Int = 0, rolesAnywhere: Int = 0)
        -> ValidationReport.Declared
    {
        ValidationReport.Declared(
            connectInstances: instances,
            resources: [
                .init(
                    kind: "authenticationProfile", singular: "authentication profile",
                    plural: "authentication profiles", count: authentication),
                .init(
                    kind: "securityProfile", singular: "security profile", plural: "security profiles", count: security),
                .init(
                    kind: "rolesAnywhereProfile", singular: "Roles Anywhere profile", plural: "Roles Anywhere profiles",
                    count: rolesAnywhere),
            ])
    }

    /// A valid file, a valid file with a warning, an invalid file, and a file that cannot be read.
    static let report = ValidationReport(files: [
        .init(
            path: "examples/contact-center.yaml", diagnostics: [],
            declared: declared(instances: 2, authentication: 2, security: 4, rolesAnywhere: 1)),
        .init(
            path: "warned.yaml",
            diagnostics: [
                .warning(
                    .deprecatedField,
                    "connect.prod.authenticationProfiles.default.periodicSessionDuration: deprecated by AWS",
                    file: "warned.yaml", at: SourceLocation(line: 6, column: 32))
            ],
            declared: declared(instances: 1, authentication: 1)),
        .init(
            path: "broken.yaml",
            diagnostics: [
                .error(
                    .unknownKey,
                    "connect.prod.securityProfiles.agent: unknown key \"permisions\"; did you mean \"permissions\"?",
                    file: "broken.yaml", at: SourceLocation(line: 14, column: 9)),
                .error(
                    .valueRange,
                    "rolesAnywhere.profiles.ops.durationSeconds: 60 is out of range; AWS allows 900 to 43200",
                    file: "broken.yaml", at: SourceLocation(line: 21, column: 24)),
            ],
            declared: nil),
        .init(
            path: "missing.yaml",
            diagnostics: [
                .error(
                    .fileUnreadable, "cannot read the file: No such file or directory", file: "missing.yaml", at: nil)
            ],
            declared: nil),
    ])

    func render(_ view: some ValidationView) -> (out: String, errors: String) {
        var out = ""
        var errors = ""
        view.render(Self.report, to: &out, errors: &errors)
        return (out, errors)
    }

    @Test func theTextViewSummarisesValidFilesAndPrintsEveryDiagnostic() {
        let (out, errors) = render(TextValidationView())
        #expect(
            out == """
                examples/contact-center.yaml: valid: 2 Connect instances, 2 authentication profiles, 4 security \
                profiles, 1 Roles Anywhere profile
                warned.yaml: valid: 1 Connect instance, 1 authentication profile

                """)
        #expect(
            errors == """
                warned.yaml:6:32: warning: connect.prod.authenticationProfiles.default.periodicSessionDuration: \
                deprecated by AWS
                broken.yaml:14:9: error: connect.prod.securityProfiles.agent: unknown key "permisions"; did you mean \
                "permissions"?
                broken.yaml:21:24: error: rolesAnywhere.profiles.ops.durationSeconds: 60 is out of range; AWS allows \
                900 to 43200
                missing.yaml: error: cannot read the file: No such file or directory

                """)
        #expect(Self.report.hasErrors)
    }

    @Test func theJSONViewWritesOneDocumentOnStandardOutputAndNothingOnStandardError() throws {
        let (out, errors) = render(JSONValidationView())
        #expect(errors == "")
        try GoldenFile.check(out, against: "Validation/report.json")
        let paths = WorkspacePaths(workspace: "/w", currentDirectory: "/w")
        #expect(ValidationFormat.json.view(paths: paths, toolVersion: "1.0.0").rendered(Self.report) == out)
    }

    @Test func warningsAloneLeaveAReportValid() {
        let report = ValidationReport(files: [Self.report.files[1]])
        #expect(!report.hasErrors)
        #expect(report.files[0].isValid)
        #expect(!Self.report.files[2].isValid)
    }

    @Test func colouredDiagnosticsHighlightTheSeverity() {
        let diagnostic = Diagnostic.error(.valueInvalid, "bad", file: "f.yaml", at: SourceLocation(line: 2, column: 3))
        #expect(DiagnosticView().line(diagnostic) == "f.yaml:2:3: error: bad")
        #expect(
            DiagnosticView(colour: true).line(diagnostic)
                == "\u{1B}[1mf.yaml:2:3:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad")
        #expect(
            DiagnosticView(colour: true).line(.warning(.deprecatedField, "old", file: "f.yaml", at: nil))
                == "\u{1B}[1mf.yaml:\u{1B}[0m \u{1B}[1;35mwarning:\u{1B}[0m old")
    }
}

extension ValidationView {
    /// Standard output and standard error together, for comparing two views' documents.
    func rendered(_ report: ValidationReport) -> String {
        var out = ""
        var errors = ""
        render(report, to: &out, errors: &errors)
        return out + errors
    }
}
