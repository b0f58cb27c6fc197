import AWSModel
import Foundation

/// One authenticated, validated API call, as the service handlers see it.
struct Invocation: Sendable {
    var operation: String
    /// The input, keyed by the model's member names.
    var input: JSONValue
    var region: String
    var caller: Caller
    var now: Date
    var seed: EmulatorSeed

    /// The account the call is served in (the caller's).
    var accountId: String { caller.accountId }
}

/// What a handler answers: the output (nil for operations without one) and whether it changed state.
struct HandlerResult: Sendable {
    var output: JSONValue?
    var changed: Bool

    static func read(_ output: JSONValue) -> HandlerResult { HandlerResult(output: output, changed: false) }
    static func wrote(_ output: JSONValue?) -> HandlerResult { HandlerResult(output: output, changed: true) }
}
