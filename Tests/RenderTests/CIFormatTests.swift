import Plan
import Render
import Testing
import YAML

/// `--format github` and `--format sarif`: workflow commands and their escapes, paths relative to the
/// workspace, and SARIF logs.
@Suite struct CIFormatTests {
    static let paths = WorkspacePaths(
        workspace: "/home/runner/work/acme/acme", currentDirectory: "/home/runner/work/acme/acme")

    static func diagnostic(
        _ message: String, file: String = "warden/prod.yaml", line: Int? = 3, column: Int = 7,
        severity: Diagnostic.Severity = .error, code: DiagnosticCode = .valueInvalid
    ) -> Diagnostic {
        Diagnostic(
            file: file, location: line.map { SourceLocation(line: $0, column: column) }, severity: severity, code: code,
            message: message)
    }

    // MARK: GitHub's escapes

    @Test(arguments: [
        ("100%", "100%25"), ("a\rb", "a%0Db"), ("a\nb", "a%0Ab"), ("a\r\nb", "a%0D%0Ab"), ("%0A", "%250A"),
        ("a: b, c", "a: b, c"),
    ])
    func theMessageEscapesPercentCarriageReturnAndLineFeed(text: String, escaped: String) {
        #expect(GitHubEscaping.data(text) == escaped)
    }

    @Test(arguments: [
        ("100%", "100%25"), ("a\rb", "a%0Db"), ("a\nb", "a%0Ab"), ("a:b", "a%3Ab"), ("a,b", "a%2Cb"),
        ("%3A", "%253A"), ("plain/path-1.yaml", "plain/path-1.yaml"),
    ])
    func aPropertyAlsoEscapesColonAndComma(text: String, escaped: String) {
        #expect(GitHubEscaping.property(text) == escaped)
    }

    @Test func anAnnotationEscapesItsFileTitleAndMessage() {
        let view = GitHubAnnotationView(paths: Self.paths)
        let line = view.line(Self.diagnostic("50% off:\nnow, really", file: "team a,b/x:y.yaml"))
        #expect(
            line
                == "::error file=team a%2Cb/x%3Ay.yaml,line=3,col=7,endLine=3,title=value-invalid::50%25 off:%0Anow, really"
        )
    }

    @Test func warningsAndNotesAndWholeFileProblems() {
        let view = GitHubAnnotationView(paths: Self.paths)
        #expect(
            view.line(Self.diagnostic("old", severity: .warning, code: .deprecatedField))
                == "::warning file=warden/prod.yaml,line=3,col=7,endLine=3,title=deprecated-field::old")
        #expect(
            view.line(Self.diagnostic("fyi", severity: .note))
                == "::notice file=warden/prod.yaml,line=3,col=7,endLine=3,title=value-invalid::fyi")
        #expect(
            view.line(Self.diagnostic("no such file", line: nil, code: .fileUnreadable))
                == "::error file=warden/prod.yaml,title=file-unreadable::no such file")
        #expect(GitHubAnnotationView.failure("AccessDenied: no,\nway") == "::error::AccessDenied: no,%0Away\n")
    }

    // MARK: Paths

    @Test func pathsAreRelativeToTheWorkspaceWhereverTheyWereNamedFrom() {
        let paths = WorkspacePaths(workspace: "/ws/repo/", currentDirectory: "/ws/repo/warden")
        #expect(paths.relative("prod.yaml") == "warden/prod.yaml")
        #expect(paths.relative("./a/../prod.yaml") == "warden/prod.yaml")
        #expect(paths.relative("/ws/repo/other/x.yaml") == "other/x.yaml")
        #expect(paths.relative("../../elsewhere.yaml") == nil)
        #expect(paths.relative("/ws/repository/x.yaml") == nil)
        #expect(paths.shown("../../elsewhere.yaml") == "/ws/elsewhere.yaml")
        #expect(WorkspacePaths(workspace: "/", currentDirectory: "/tmp").relative("x.yaml") == "tmp/x.yaml")
        #expect(WorkspacePaths(workspace: "repo", currentDirectory: "/ws").workspace == "/ws/repo")
    }

    // MARK: SARIF

    @Test func aSARIFLogOfDiagnosticsInAndOutsideTheWorkspace() throws {
        let diagnostics: [Diagnostic] = [
            Self.diagnostic("unknown key \"regoin\"", line: 2, column: 1, code: .unknownKey),
            Self.diagnostic(
                "\"ContactSearchView\" is not known", line: 9, column: 13, severity: .warning, code: .unknownPermission),
            Self.diagnostic("unknown key \"conect\"", line: 3, column: 1, code: .unknownKey),
            Self.diagnostic("no such file", file: "/tmp/other dir/x#1.yaml", line: nil, code: .fileUnreadable),
        ]
        let log = SARIFView(toolVersion: "1.2.3", paths: Self.paths).rendered(diagnostics)
        // The committed log is also checked against schemas/sarif-schema-2.1.0.json (pytest).
        try GoldenFile.check(log, against: "CI/diagnostics.sarif")
    }

    @Test func aSARIFLogWithoutDiagnosticsHasNoResultsAndNoRules() throws {
        let log = SARIFView(toolVersion: "1.2.3", paths: Self.paths).rendered([])
        try GoldenFile.check(log, against: "CI/clean.sarif")
    }

    @Test(arguments: [
        ("a b.yaml", "a%20b.yaml"), ("x:y/z.yaml", "x%3Ay/z.yaml"), ("#?%", "%23%3F%25"), ("é.yaml", "%C3%A9.yaml"),
        ("dir/file_1-2~.yaml", "dir/file_1-2~.yaml"),
    ])
    func uriPathsArePercentEncoded(path: String, encoded: String) throws {
        let paths = WorkspacePaths(workspace: "/w", currentDirectory: "/w")
        let log = SARIFView(toolVersion: "1", paths: paths).rendered([Self.diagnostic("m", file: path)])
        #expect(log.contains("\"uri\": \"\(encoded)\""))
    }

    @Test func everyCodeHasAUniqueKebabCaseIdAndText() {
        let ids = DiagnosticCode.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for code in DiagnosticCode.all {
            #expect(code.id.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(code.id)")
            #expect(code.name.wholeMatch(of: /[A-Z][A-Za-z]+/) != nil, "\(code.name)")
            #expect(code.summary.hasSuffix(".") && code.help.hasSuffix("."), "\(code.id)")
        }
    }

    // MARK: Validation and plan views

    @Test func theGitHubValidationViewAnnotatesThenSummarises() throws {
        let view = ValidationFormat.github.view(
            paths: WorkspacePaths(workspace: "/", currentDirectory: "/"), toolVersion: "1")
        var out = ""
        var errors = ""
        view.render(ValidationViewTests.report, to: &out, errors: &errors)
        #expect(errors == "")
        try GoldenFile.check(out, against: "CI/report.github.txt")
    }

    @Test func theSARIFValidationViewWritesOneLogAndNothingElse() throws {
        let view = ValidationFormat.sarif.view(
            paths: WorkspacePaths(workspace: "/", currentDirectory: "/"), toolVersion: "1.2.3")
        var out = ""
        var errors = ""
        view.render(ValidationViewTests.report, to: &out, errors: &errors)
        #expect(errors == "")
        try GoldenFile.check(out, against: "CI/report.sarif")
    }

    static let warning = diagnostic("deprecated", line: 6, column: 32, severity: .warning, code: .deprecatedField)

    func render(_ format: PlanCommandView.Format, _ plan: Plan) -> (out: String, errors: String) {
        var out = ""
        var errors = ""
        PlanCommandView(format: format, paths: Self.paths, toolVersion: "1.2.3").render(
            plan, warnings: [Self.warning], to: &out, errors: &errors)
        return (out, errors)
    }

    @Test func githubPrintsTheAnnotationsThenTheTextPlan() {
        let (out, errors) = render(.github, SamplePlans.mixed)
        #expect(errors == "")
        #expect(
            out == "::warning file=warden/prod.yaml,line=6,col=32,endLine=6,title=deprecated-field::deprecated\n"
                + TextPlanView().rendered(SamplePlans.mixed))
    }

    @Test func sarifPrintsTheLogAndTheTextPlanOnStandardError() {
        let (out, errors) = render(.sarif, SamplePlans.mixed)
        #expect(out == SARIFView(toolVersion: "1.2.3", paths: Self.paths).rendered([Self.warning]))
        #expect(errors == TextPlanView().rendered(SamplePlans.mixed))
    }

    @Test(arguments: [PlanCommandView.Format.text, .markdown, .json])
    func theOtherFormatsPrintThePlanAndTheWarningsAsBefore(format: PlanCommandView.Format) {
        let (out, errors) = render(format, SamplePlans.mixed)
        let view: any PlanView =
            switch format {
            case .markdown: MarkdownPlanView()
            case .json: JSONPlanView()
            default: TextPlanView()
            }
        #expect(out == view.rendered(SamplePlans.mixed))
        #expect(errors == "warden/prod.yaml:6:32: warning: deprecated\n")
    }

    @Test func failuresAreAnnotatedOnlyWithGitHub() {
        func failure(_ format: PlanCommandView.Format) -> (String, String) {
            var out = ""
            var errors = ""
            PlanCommandView(format: format, paths: Self.paths, toolVersion: "1").render(
                failure: "ExpiredToken: renew it", to: &out, errors: &errors)
            return (out, errors)
        }
        #expect(failure(.github) == ("::error::ExpiredToken: renew it\n", ""))
        #expect(failure(.sarif) == ("", "error: ExpiredToken: renew it\n"))
        #expect(failure(.markdown) == ("", "error: ExpiredToken: renew it\n"))
    }

    @Test func problemsAreSortedIntoReadingOrderInEveryFormat() {
        let problems: Diagnostics = [
            Self.diagnostic("second", line: 9, code: .notFound),
            Self.diagnostic("first", line: 2, code: .ambiguousName),
        ]
        var out = ""
        var errors = ""
        PlanCommandView(format: .github, paths: Self.paths, toolVersion: "1").render(
            problems: problems, to: &out, errors: &errors)
        #expect(
            out == """
                ::error file=warden/prod.yaml,line=2,col=7,endLine=2,title=ambiguous-name::first
                ::error file=warden/prod.yaml,line=9,col=7,endLine=9,title=not-found::second

                """)
        #expect(errors == "")
    }
}
