/// For a GitHub Actions job (`warden validate --format github`): every diagnostic of every file as a workflow
/// command, then one summary line per valid file, all on standard output (where GitHub reads workflow commands);
/// nothing on standard error.
public struct GitHubValidationView: ValidationView {
    public var paths: WorkspacePaths

    public init(paths: WorkspacePaths) {
        self.paths = paths
    }

    public func render(
        _ report: ValidationReport, to out: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        GitHubAnnotationView(paths: paths).render(report.files.flatMap(\.diagnostics), to: &out)
        TextValidationView.renderSummaries(report, to: &out)
    }
}

/// For code scanning (`warden validate --format sarif`): every diagnostic of every file in one SARIF log on
/// standard output; nothing on standard error. Valid files add nothing: a log without results says that
/// every file is clean.
public struct SARIFValidationView: ValidationView {
    public var view: SARIFView

    public init(view: SARIFView) {
        self.view = view
    }

    public func render(
        _ report: ValidationReport, to out: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        view.render(report.files.flatMap(\.diagnostics), to: &out)
    }
}
