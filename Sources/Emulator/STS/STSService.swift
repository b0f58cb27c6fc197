import AWSModel
import Foundation

/// AWS STS: GetCallerIdentity (the account guard) and the two calls that hand out role credentials.
struct STSService: EmulatedService {
    let call: Invocation
    var state: EmulatorState
    var random: SeededRandom

    var input: JSONValue { call.input }

    mutating func dispatch() throws(ServiceError) -> HandlerResult {
        switch call.operation {
        case "GetCallerIdentity":
            return .read([
                "UserId": .string(call.caller.userId),
                "Account": .string(call.accountId),
                "Arn": .string(call.caller.arn),
            ])
        case "AssumeRole": return try assumeRole()
        case "AssumeRoleWithWebIdentity": return try assumeRoleWithWebIdentity()
        default:
            throw ServiceError("InvalidAction", "Could not find operation \(call.operation) for version 2011-06-15")
        }
    }

    private mutating func assumeRole() throws(ServiceError) -> HandlerResult {
        let roleArn = input.string("RoleArn") ?? ""
        let role = try role(
            roleArn,
            denied: "User: \(call.caller.arn) is not authorized to perform: sts:AssumeRole on resource: \(roleArn)"
        )
        let chained = call.caller.session != nil
        let duration = try duration(for: role, chained: chained)
        let packed = try packedPolicySize()
        let session = issue(role: role, duration: duration, sourceIdentity: input.string("SourceIdentity"))
        var output = credentialsOutput(session)
        if let packed { output["PackedPolicySize"] = .integer(Int64(packed)) }
        if let source = session.sourceIdentity { output["SourceIdentity"] = .string(source) }
        return .wrote(.object(output))
    }

    /// Accepts any well-formed, unexpired JWT (signatures are not checked) whose issuer the role's account
    /// trusts (the first account's providers decide for a role no account lets be assumed).
    private mutating func assumeRoleWithWebIdentity() throws(ServiceError) -> HandlerResult {
        let claims = try WebIdentityToken.claims(input.string("WebIdentityToken") ?? "", now: call.now)
        let account = call.seed.assumableRole(input.string("RoleArn") ?? "")?.account ?? call.seed.accounts[0]
        if let providers = account.oidcProviders, !providers.contains(claims.issuerHost) {
            throw ServiceError(
                "InvalidIdentityToken", "No OpenIDConnect provider found in your account for \(claims.issuer)")
        }
        let role = try role(
            input.string("RoleArn") ?? "", denied: "Not authorized to perform sts:AssumeRoleWithWebIdentity")
        let duration = try duration(for: role, chained: false)
        let packed = try packedPolicySize()
        let session = issue(role: role, duration: duration, sourceIdentity: nil)
        var output = credentialsOutput(session)
        output["SubjectFromWebIdentityToken"] = .string(claims.subject)
        output["Provider"] = .string(claims.issuer)
        output["Audience"] = .string(claims.audience)
        if let packed { output["PackedPolicySize"] = .integer(Int64(packed)) }
        return .wrote(.object(output))
    }

    // MARK: Checks

    /// The role `arn` names, if the seed lets it be assumed (`EmulatorSeed.assumableRole`): a role some
    /// account lists in `sts.roles`, or any role of a seeded account that lists none. The caller's account
    /// does not matter: trust policies are not modelled.
    private func role(_ arn: String, denied: String) throws(ServiceError) -> EmulatorRole {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[3].isEmpty,
            fields[5].hasPrefix("role/"), fields[5].count > 5
        else { throw ServiceError("ValidationError", "\(arn) is not a valid role ARN.") }
        guard let role = call.seed.assumableRole(arn)?.role else {
            throw ServiceError("AccessDenied", denied, status: 403)
        }
        return role
    }

    /// `DurationSeconds` (default 3600), within the role's maximum and the one-hour limit of role chaining.
    private func duration(for role: EmulatorRole, chained: Bool) throws(ServiceError) -> Int {
        guard let requested = input.int("DurationSeconds") else { return 3600 }
        if chained && requested > 3600 {
            throw ServiceError(
                "ValidationError",
                "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."
            )
        }
        if requested > role.maxSessionDuration {
            throw ServiceError(
                "ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
        }
        return requested
    }

    /// The packed size of session policy and tags, in percent of what AWS allows, when any is given: the
    /// emulator counts 2,048 bytes as 100%.
    private func packedPolicySize() throws(ServiceError) -> Int? {
        var bytes = 0
        if let policy = input.string("Policy") {
            guard case .object? = try? JSONValue(parsing: policy) else {
                throw ServiceError("MalformedPolicyDocument", "The policy is not in the valid JSON format.")
            }
            bytes += JSONValue.string(policy).serialized().utf8.count
        }
        for arn in input["PolicyArns"]?.arrayValue ?? [] { bytes += (arn.string("arn") ?? "").utf8.count }
        for tag in input["Tags"]?.arrayValue ?? [] {
            bytes += (tag.string("Key") ?? "").utf8.count + (tag.string("Value") ?? "").utf8.count
        }
        guard input.has("Policy") || input.has("PolicyArns") || input.has("Tags") else { return nil }
        let percent = Int((Double(bytes) * 100 / 2048).rounded(.up))
        if percent > 100 {
            throw ServiceError(
                "PackedPolicyTooLarge",
                "Packed policy consumes \(percent)% of allotted space, please use smaller policy.")
        }
        return percent
    }

    // MARK: Credentials

    /// New temporary credentials for `role` (see `EmulatorState.startSession`).
    private mutating func issue(role: EmulatorRole, duration: Int, sourceIdentity: String?) -> STSSession {
        state.startSession(
            roleArn: role.arn,
            sessionName: input.string("RoleSessionName") ?? "",
            duration: duration,
            sourceIdentity: sourceIdentity,
            now: call.now,
            random: &random
        )
    }

    private func credentialsOutput(_ session: STSSession) -> [String: JSONValue] {
        [
            "Credentials": [
                "AccessKeyId": .string(session.accessKeyId),
                "SecretAccessKey": .string(session.secretAccessKey),
                "SessionToken": .string(session.sessionToken),
                "Expiration": session.expiration.json,
            ],
            "AssumedRoleUser": [
                "AssumedRoleId": .string("\(session.roleId):\(session.sessionName)"),
                "Arn": .string(session.assumedRoleArn),
            ],
        ]
    }
}

extension STSService {
    static func scope(of call: Invocation) -> WritableKeyPath<EmulatorState, EmulatorState> { \EmulatorState.self }

    init(call: Invocation, scope: EmulatorState, random: SeededRandom) {
        self.init(call: call, state: scope, random: random)
    }

    var scope: EmulatorState { state }
}
