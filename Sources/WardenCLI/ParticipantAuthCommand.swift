import AWSCore
import ArgumentParser
import Render

/// `warden participant-auth`: complete or fail a customer authentication (UpdateParticipantAuthentication).
struct ParticipantAuthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant-auth",
        abstract: "Complete or fail a customer authentication of an Authenticate Customer flow.",
        discussion: """
            Calls UpdateParticipantAuthentication with what Amazon Cognito put in the redirect URI: the code \
            when the customer signed in, or the error (and its description) when not. Give exactly one of \
            --code and --error. The values are checked against the API's length and character rules before \
            anything is sent; the code, error and description are never printed. Exits 0 when AWS accepted the \
            call, 1 when it refused it (its error code and message are printed), 64 for invalid options.
            """
    )

    @Option(help: ArgumentHelp("The Amazon Connect instance id (or ARN).", valueName: "id"))
    var instance: String

    @Option(help: "The state parameter of the redirect URI.")
    var state: String

    @Option(help: "The code parameter of the redirect URI: the customer signed in.")
    var code: String?

    @Option(help: "The error parameter of the redirect URI: the sign-in failed.")
    var error: String?

    @Option(name: .customLong("error-description"), help: "The error_description parameter (only with --error).")
    var errorDescription: String?

    @OptionGroup var aws: AWSCommandOptions

    /// The call the options describe (valid once `validate()` passed).
    var call: ParticipantAuthentication {
        let outcome: ParticipantAuthentication.Outcome =
            if let code { .code(code) } else { .error(error ?? "", description: errorDescription) }
        return ParticipantAuthentication(instance: instance, state: state, outcome: outcome)
    }

    func validate() throws {
        switch (code, error) {
        case (nil, nil): throw ValidationError("Give --code (the customer signed in) or --error (the sign-in failed).")
        case (.some, .some): throw ValidationError("Give only one of --code and --error.")
        case (.some, nil) where errorDescription != nil:
            throw ValidationError("--error-description goes with --error, not with --code.")
        default: break
        }
        let problems = call.problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() async throws {
        let call = call
        let access = try aws.access()
        let interruption = Interruption(gate: access.gate)
        switch await call.send(with: access) {
        case .success:
            Console.standardOutput.write(call.confirmation)
        case .failure(let failure):
            if let signal = interruption.signal, failure.isInterruption {
                Console.standardError.write(
                    InterruptMessages.notSent(signal.name, operation: ParticipantAuthentication.operation))
                throw WardenExit.interrupted(signal)
            }
            Console.standardError.write("error: \(failure)\n")
            if let hint = ParticipantAuthentication.hint(for: failure) {
                Console.standardError.write("note: \(hint)\n")
            }
            try WardenExit.check(interruption)
            throw WardenExit.failure
        }
        try WardenExit.check(interruption)
    }
}
