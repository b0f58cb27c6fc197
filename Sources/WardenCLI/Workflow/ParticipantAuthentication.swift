public import AWSCore
public import AWSModel
import Reconcile

/// One UpdateParticipantAuthentication call: the redirect step of the Authenticate Customer flow, which
/// hands Amazon Connect either Cognito's authorization `code` (the flow continues) or its `error` (the
/// block's Error branch runs). The code, error and description are secrets to the model: never printed.
public struct ParticipantAuthentication: Sendable, Equatable {
    /// What the customer's sign-in produced.
    public enum Outcome: Sendable, Equatable {
        case code(String)
        case error(String, description: String?)
    }

    public static let operation = "UpdateParticipantAuthentication"

    /// The instance id (or ARN).
    public var instance: String
    /// The `state` Cognito returned in the redirect URI.
    public var state: String
    public var outcome: Outcome

    public init(instance: String, state: String, outcome: Outcome) {
        self.instance = instance
        self.state = state
        self.outcome = outcome
    }

    /// The request body, keyed by the model's member names.
    public var input: JSONValue {
        var members: [String: JSONValue] = ["InstanceId": .string(instance), "State": .string(state)]
        switch outcome {
        case .code(let code):
            members["Code"] = .string(code)
        case .error(let error, let description):
            members["Error"] = .string(error)
            members["ErrorDescription"] = description.map(JSONValue.string)
        }
        return .object(members)
    }

    /// Every length and character rule of the model the input breaks, as `--option: constraint` lines (the
    /// values are not repeated: they are secrets).
    public var problems: [String] {
        guard let shape = ServiceModel.connect.operation(Self.operation).input else { return [] }
        return ShapeValidator.validate(input, shape: shape, in: .connect).map { issue in
            let option = Self.options[issue.path] ?? issue.path
            let hint = issue.constraint.contains("pattern") ? " (printable ASCII characters except \" and \\)" : ""
            return "\(option): \(issue.constraint)\(hint)"
        }
    }

    /// The command-line option of each member, by the path `ShapeValidator` reports.
    private static let options = [
        "instanceId": "--instance", "state": "--state", "code": "--code", "error": "--error",
        "errorDescription": "--error-description",
    ]

    /// The region the call goes to: the one an instance ARN names, else `region`.
    public func region(default region: String) -> String {
        if case .arn(let named, _) = InstanceSelector(parsing: instance) { return named }
        return region
    }

    /// Sends the call. A lost answer is not retried: the state may already be used, and a second call would
    /// only meet ConflictException.
    public func send(with access: AWSAccess) async -> Result<Void, AWSError> {
        do {
            let clients = try access.clients(fileRegion: nil)
            let region = region(default: try clients.base.configuration.requireRegion())
            _ = try await clients.connect(region).call(Self.operation, input: input, retryingAmbiguousFailures: false)
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    /// What happened, for standard output.
    public var confirmation: String {
        switch outcome {
        case .code:
            "Sent the authorization code for state \(state) to instance \(instance): Amazon Connect resumes the "
                + "Authenticate Customer flow and imports the customer's identity asynchronously.\n"
        case .error:
            "Sent the sign-in error for state \(state) to instance \(instance): Amazon Connect takes the Error "
                + "branch of the Authenticate Customer block.\n"
        }
    }

    /// A sentence on what an AWS error usually means here, when there is one to say.
    public static func hint(for error: AWSError) -> String? {
        switch error.code {
        case "ConflictException":
            "this state was already completed or failed: each state can be used once"
        case "InvalidParameterException", "InvalidRequestException":
            "check that the instance is right and that the state was issued by it (GetAuthenticationUrl)"
        case "AccessDeniedException":
            "the credentials need connect:UpdateParticipantAuthentication on the instance"
        default: nil
        }
    }
}
