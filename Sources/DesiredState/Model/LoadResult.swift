public import YAML

/// The outcome of reading a desired-state file: the state when the file has no errors, and every
/// diagnostic (warnings can accompany a valid state), sorted into reading order.
public struct LoadResult: Sendable, Hashable {
    public var state: DesiredState?
    public var diagnostics: Diagnostics
    /// What the file's variables were given, for saved plans, `warden show` and hiding sensitive values.
    public var variables: VariableReport

    public init(state: DesiredState?, diagnostics: Diagnostics, variables: VariableReport = .empty) {
        self.state = state
        self.diagnostics = diagnostics
        self.variables = variables
    }
}
