public import DesiredState
import Reconcile
public import Render
import YAML

extension ValidationReport {
    /// Loads and validates every file at `paths`, in the order given, with the variables' values given; with
    /// `strict`, every warning is an error.
    public init(paths: [String], strict: Bool = false, variables: VariableInputs = VariableInputs(requireAll: false)) {
        self.init(
            results: paths.map { path in
                let result = DesiredState.load(path: path, layout: Kinds.layout, variables: variables)
                Console.hide(result.variables.sensitiveTexts)
                return (path, strict ? result.treatingWarningsAsErrors() : result)
            })
    }

    /// The report of files already loaded, each with the path it was named by.
    public init(results: [(path: String, result: LoadResult)]) {
        self.init(
            files: results.map { path, result in
                File(path: path, diagnostics: result.diagnostics, declared: result.state.map(Declared.init(of:)))
            })
    }
}

extension ValidationReport.Declared {
    /// What `state` declares: its Connect instances, and its resources of every kind, in the kinds' order.
    public init(of state: DesiredState) {
        self.init(
            // Instances whose alias or id awaits a variable's value have no selector yet; their resources say
            // they are there.
            connectInstances: Set(state.connectInstances.map(\.key)).union(state.resources.compactMap(\.instance))
                .count,
            resources: Kinds.layout.kinds.map { kind in
                ValidationReport.Count(
                    kind: kind.id, singular: kind.singular, plural: kind.plural, count: state.resources(of: kind).count)
            })
    }
}
