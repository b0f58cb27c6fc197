public import AWSCore
public import YAML

/// Why a command could not do its job: problems in the file (each at file:line:column), an AWS error
/// (code and message), or a plain explanation.
public enum WorkflowFailure: Error, Sendable, Equatable {
    case diagnostics(Diagnostics)
    case aws(AWSError)
    case message(String)
}
