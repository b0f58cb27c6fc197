import CommandTestSupport
import DesiredState
import Foundation
import Reconcile
import Render
import Testing
import WardenCLI
import YAML

/// `--format github` and `--format sarif` over every invalid fixture (and a missing file): the exact annotations
/// and SARIF log, reviewed like code; and the binary printing exactly those.
@Suite struct CIFormatGoldens {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/CI")
    static let fixtureDirectory = "Tests/DesiredStateTests/Fixtures/invalid"

    /// Every invalid fixture, by its path from the repository's root, in name order.
    static func fixtures() throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: CommandRun.repository.appendingPathComponent(fixtureDirectory).path
        )
        .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(fixtureDirectory)/\($0)" }
    }

    /// `warden validate` of every fixture and a missing file, each named by its path from the repository's root.
    static func report() throws -> ValidationReport {
        report(try fixtures() + ["no-such-directory/missing.yaml"])
    }

    /// `warden validate FILES` run from the repository's root, whatever the tests' current directory.
    static func report(_ files: [String]) -> ValidationReport {
        ValidationReport(
            results: files.map { path in
                let url = CommandRun.repository.appendingPathComponent(path)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    return (path, DesiredState.load(path: path, layout: Kinds.layout))
                }
                return (path, DesiredState.load(text: text, file: path, layout: Kinds.layout))
            })
    }

    static let workspace = WorkspacePaths(workspace: "/workspace", currentDirectory: "/workspace")

    static func rendered(_ format: ValidationFormat, paths: WorkspacePaths, report: ValidationReport) -> String {
        var out = ""
        var errors = ""
        format.view(paths: paths, toolVersion: WardenVersion.current).render(report, to: &out, errors: &errors)
        #expect(errors == "")
        return out
    }

    static func check(_ actual: String, against name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WARDEN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs; rerun with WARDEN_UPDATE_GOLDEN=1 and review")
    }

    @Test func everyInvalidFixtureAsGitHubAnnotations() throws {
        let report = try Self.report()
        let annotations = Self.rendered(.github, paths: Self.workspace, report: report)
        // One annotation per diagnostic, nothing else: no fixture is valid.
        #expect(annotations.split(separator: "\n").count == report.files.map(\.diagnostics.count).reduce(0, +))
        try Self.check(annotations, against: "invalid-fixtures.github.txt")
    }

    @Test func everyInvalidFixtureAsOneSARIFLog() throws {
        // The committed log is also checked against schemas/sarif-schema-2.1.0.json (pytest).
        try Self.check(
            Self.rendered(.sarif, paths: Self.workspace, report: try Self.report()), against: "invalid-fixtures.sarif")
    }

    @Test func everyDiagnosticCodeOfTheFileIsCoveredByAFixture() throws {
        let used = Set(try Self.report().files.flatMap(\.diagnostics).map(\.code))
        // Not from an invalid file alone: planning against the live resources, the warnings, the emulator's seed, and
        // the variables (below).
        let planning: Set<DiagnosticCode> = [
            .noRegion, .accountMismatch, .awsError, .notFound, .ambiguousName, .unsupportedChange,
            .deprecatedField, .unknownPermission, .permissionRequirement, .unknownResourceType, .emulatorSeed,
            .variableSyntax, .variableUndeclared, .variableDeclaration, .variableValue, .variableMissing,
        ]
        #expect(Set(DiagnosticCode.all).subtracting(planning).subtracting(used).map(\.id).sorted() == [])
    }

    @Test func variablesProblemsHaveTheVariablesCodes() {
        let text = """
            version: 1
            variables:
              flag: { type: boolean, sensitive: true }
              account: { type: string, validation: { pattern: "[0-9]{12}" } }
              alias: { type: string }
            region: eu-west-2
            accountId: "${var.account}"
            connect:
              prod:
                alias: "${var.alis}"
                authenticationProfiles:
                  default: { name: "${var.}" }
            """
        func codes(_ inputs: VariableInputs) -> [String] {
            DesiredState.load(text: text, file: "v.yaml", layout: Kinds.layout, variables: inputs).diagnostics.map {
                "\($0.code.id) \($0.severity.rawValue)"
            }
        }
        let given = VariableInputs(
            environment: ["WARDEN_VAR_acount": "1"], assignments: [.init(name: "account", value: "12")],
            requireAll: false)
        #expect(
            codes(given) == [
                "variable-declaration error", "variable-missing note", "variable-undeclared error",
                "variable-syntax error", "variable-undeclared warning", "variable-value error",
            ])
    }

    // MARK: The binary

    private func run(_ format: String, _ files: [String], workspace: String?) async throws -> CommandRun {
        var environment = CommandRun.environment()
        environment["GITHUB_WORKSPACE"] = workspace
        return try await CommandRun.warden(["validate", "--format", format] + files, environment: environment)
    }

    @Test(arguments: ["github", "sarif"])
    func validatePrintsTheViewOnStandardOutputAndExitsOne(format: String) async throws {
        let files = [
            "examples/minimal.yaml", "\(Self.fixtureDirectory)/unknown-top-level-key.yaml",
            "\(Self.fixtureDirectory)/many-errors.yaml", "missing.yaml",
        ]
        let repository = CommandRun.repository.standardizedFileURL.path
        let paths = WorkspacePaths(workspace: repository, currentDirectory: repository)
        let expected = Self.rendered(
            ValidationFormat(rawValue: format)!, paths: paths, report: Self.report(files))
        // GITHUB_WORKSPACE, or else the current directory (where the files were named from): the same paths.
        for workspace in [repository, nil] {
            let outcome = try await run(format, files, workspace: workspace)
            #expect(outcome == CommandRun(standardOutput: expected, standardError: "", exitCode: 1))
        }
    }

    @Test func aWorkspaceAboveTheCurrentDirectoryPrefixesThePaths() async throws {
        let repository = CommandRun.repository.standardizedFileURL
        let outcome = try await run(
            "github", ["\(Self.fixtureDirectory)/unknown-top-level-key.yaml"],
            workspace: repository.deletingLastPathComponent().path)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardOutput.hasPrefix(
                "::error file=\(repository.lastPathComponent)/\(Self.fixtureDirectory)/unknown-top-level-key.yaml,line=2,col=1,"
                    + "endLine=2,title=unknown-key::unknown key \"regoin\"; did you mean \"region\"?\n"))
    }

    @Test func validFilesAreSummarisedAfterTheAnnotationsAndExitZero() async throws {
        let outcome = try await run("github", ["examples/minimal.yaml"], workspace: nil)
        #expect(
            outcome
                == CommandRun(
                    standardOutput: "examples/minimal.yaml: valid: 1 Connect instance, 1 security profile\n",
                    standardError: "", exitCode: 0))
    }

    @Test(arguments: ["plan", "drift"])
    func planAndDriftReportAnInvalidFileInTheChosenFormatBeforeReadingAWS(command: String) async throws {
        let fixture = "\(Self.fixtureDirectory)/unknown-top-level-key.yaml"
        let repository = CommandRun.repository.standardizedFileURL.path
        let paths = WorkspacePaths(workspace: repository, currentDirectory: repository)
        // No endpoint: were anything sent, the run would fail differently.
        let github = try await CommandRun.warden([command, "--format", "github", fixture])
        #expect(
            github
                == CommandRun(
                    standardOutput: Self.rendered(.github, paths: paths, report: Self.report([fixture])),
                    standardError: "", exitCode: 1))
        let sarif = try await CommandRun.warden([command, fixture, "--format", "sarif"])
        #expect(
            sarif
                == CommandRun(
                    standardOutput: Self.rendered(.sarif, paths: paths, report: Self.report([fixture])),
                    standardError: "", exitCode: 1))
    }

    @Test func readmeListsEveryDiagnosticCodeWithItsSeverityAndSummary() throws {
        let readme = try String(contentsOf: CommandRun.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(
            readme.split(separator: "### Diagnostic codes").dropFirst().first?.split(separator: "\n#").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(
            rows.map(String.init)
                == DiagnosticCode.all.map { "| `\($0.id)` | \($0.severity.rawValue) | \($0.summary) |" })
    }
}
