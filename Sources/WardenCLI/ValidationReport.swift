public import DesiredState
import Reconcile
import YAML

/// The outcome of validating files, and its rendering: summaries for standard output, diagnostics for
/// standard error.
public struct ValidationReport: Sendable {
    /// Each file as named, with its result, in the order given.
    public var results: [(path: String, result: LoadResult)]

    /// Loads and validates every file at `paths`.
    public init(paths: [String]) {
        results = paths.map { ($0, DesiredState.load(path: $0, layout: Kinds.layout)) }
    }

    public init(results: [(path: String, result: LoadResult)]) {
        self.results = results
    }

    /// Whether any file has an error.
    public var hasErrors: Bool {
        results.contains { $0.result.diagnostics.hasErrors }
    }

    /// One line per valid file: `FILE: valid: 2 Connect instances, 3 security profiles, …`.
    public var summaries: String {
        results.compactMap { path, result in
            result.state.map { "\(path): valid: \(Self.counts(of: $0))\n" }
        }.joined()
    }

    /// Every diagnostic of every file, one per line.
    public func renderedDiagnostics(style: DiagnosticStyle = .plain) -> String {
        results.flatMap(\.result.diagnostics).map { style.render($0) + "\n" }.joined()
    }

    /// `2 Connect instances, 2 authentication profiles, 3 security profiles, 1 Roles Anywhere profile`.
    static func counts(of state: DesiredState) -> String {
        func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
            "\(count) \(count == 1 ? singular : plural)"
        }
        var parts = [counted(state.connectInstances.count, "Connect instance", "Connect instances")]
        for kind in Kinds.layout.kinds {
            let count = state.resources(of: kind).count
            if count > 0 { parts.append(counted(count, kind.singular, kind.plural)) }
        }
        return parts.joined(separator: ", ")
    }
}
