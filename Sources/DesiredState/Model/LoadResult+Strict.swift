import YAML

extension LoadResult {
    /// The result under `--strict`: every warning is an error, so a file with any warning has no state and
    /// nothing is sent to AWS.
    public func treatingWarningsAsErrors() -> LoadResult {
        guard diagnostics.warningCount > 0 else { return self }
        let promoted = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.severity == .warning { diagnostic.severity = .error }
            return diagnostic
        }
        return LoadResult(state: nil, diagnostics: Diagnostics(promoted), variables: variables)
    }
}
