public import AWSModel

/// One API call apply will make: the operation and exactly the members it will carry.
///
/// Values that depend on a resource created earlier in the same apply appear in `input` as the reference
/// text (`${connect.prod.securityProfiles.agent.arn}`) and are listed in `knownAfterApply`; apply fills them
/// in from the create's response.
public struct PlannedCall: Codable, Sendable, Equatable {
    /// `connect` or `rolesanywhere` (the signing name).
    public var service: String
    /// The botocore operation name, e.g. `UpdateSecurityProfile`.
    public var operation: String
    /// The request members by their model names.
    public var input: JSONValue
    /// Member paths in `input` (e.g. `Tags`, `roleArns.0`) whose value is only known after apply, with the
    /// reference each one waits for.
    public var knownAfterApply: [String: String]

    public init(service: String, operation: String, input: JSONValue, knownAfterApply: [String: String] = [:]) {
        self.service = service
        self.operation = operation
        self.input = input
        self.knownAfterApply = knownAfterApply
    }
}
