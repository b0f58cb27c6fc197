import Foundation

/// STS over the query protocol: form-encoded POSTs to `/`, XML answers.
public struct STSClient: Sendable {
    public let client: AWSClient
    static let service = AWSService.sts

    public init(client: AWSClient) {
        self.client = client
    }

    /// Who the credentials belong to (Warden's account guard).
    public func getCallerIdentity() async throws(AWSError) -> CallerIdentity {
        let result = try await send(Self.encodeGetCallerIdentity(), resultElement: "GetCallerIdentityResult")
        guard let account = result.child("Account")?.text, let arn = result.child("Arn")?.text else {
            throw .invalidResponse("GetCallerIdentity answered without Account or Arn.")
        }
        return CallerIdentity(userId: result.child("UserId")?.text ?? "", account: account, arn: arn)
    }

    public func assumeRole(_ input: AssumeRoleRequest) async throws(AWSError) -> AssumeRoleResponse {
        let result = try await send(Self.encode(input), resultElement: "AssumeRoleResult")
        return try Self.decodeAssumeRole(result, source: "assume role \(input.roleArn)")
    }

    public func assumeRoleWithWebIdentity(
        _ input: AssumeRoleWithWebIdentityRequest
    ) async throws(AWSError) -> AssumeRoleResponse {
        let result = try await send(Self.encode(input), resultElement: "AssumeRoleWithWebIdentityResult")
        return try Self.decodeAssumeRole(result, source: "web identity \(input.roleArn)")
    }

    private func send(_ request: AWSRequest, resultElement: String) async throws(AWSError) -> XMLTree {
        let response = try await client.send(request, decodeError: Self.decodeError)
        let root = try XMLTree.parse(response.body)
        guard let result = root.child(resultElement) else {
            throw .invalidResponse(
                "\(request.operation) answered without \(resultElement).",
                httpStatus: response.status,
                requestId: response.requestId
            )
        }
        return result
    }

    // MARK: - Encoding

    static func request(_ query: QueryRequest, operation: String) -> AWSRequest {
        AWSRequest(
            service: service,
            operation: operation,
            method: "POST",
            path: "/",
            headers: [HTTPHeader("Content-Type", QueryRequest.contentType)],
            body: query.body
        )
    }

    static func encodeGetCallerIdentity() -> AWSRequest {
        request(QueryRequest(action: "GetCallerIdentity", version: service.apiVersion), operation: "GetCallerIdentity")
    }

    static func encode(_ input: AssumeRoleRequest) -> AWSRequest {
        var query = QueryRequest(action: "AssumeRole", version: service.apiVersion)
        query.add("RoleArn", input.roleArn)
        query.add("RoleSessionName", input.roleSessionName)
        query.addList("PolicyArns", input.policyArns) { [("arn", $0)] }
        query.add("Policy", input.policy)
        query.add("DurationSeconds", input.durationSeconds)
        query.addList("Tags", input.tags) { [("Key", $0.key), ("Value", $0.value)] }
        query.addList("TransitiveTagKeys", input.transitiveTagKeys) { [("", $0)] }
        query.add("ExternalId", input.externalId)
        query.add("SerialNumber", input.serialNumber)
        query.add("TokenCode", input.tokenCode)
        query.add("SourceIdentity", input.sourceIdentity)
        var request = request(query, operation: "AssumeRole")
        request.sensitiveKeys = ["TokenCode"]
        return request
    }

    static func encode(_ input: AssumeRoleWithWebIdentityRequest) -> AWSRequest {
        var query = QueryRequest(action: "AssumeRoleWithWebIdentity", version: service.apiVersion)
        query.add("RoleArn", input.roleArn)
        query.add("RoleSessionName", input.roleSessionName)
        query.add("WebIdentityToken", input.webIdentityToken)
        query.add("ProviderId", input.providerId)
        query.addList("PolicyArns", input.policyArns) { [("arn", $0)] }
        query.add("Policy", input.policy)
        query.add("DurationSeconds", input.durationSeconds)
        return request(query, operation: "AssumeRoleWithWebIdentity")
    }

    // MARK: - Decoding

    static func decodeAssumeRole(_ result: XMLTree, source: String) throws(AWSError) -> AssumeRoleResponse {
        guard let credentials = result.child("Credentials"),
            let keyId = credentials.child("AccessKeyId")?.text,
            let secret = credentials.child("SecretAccessKey")?.text,
            let token = credentials.child("SessionToken")?.text,
            let expirationText = credentials.child("Expiration")?.text,
            let expiration = ISO8601.parse(expirationText)
        else {
            throw .invalidResponse("STS answered without complete Credentials.")
        }
        return AssumeRoleResponse(
            credentials: Credential(
                accessKeyId: keyId,
                secretAccessKey: secret,
                sessionToken: token,
                expiration: expiration,
                source: source
            ),
            assumedRoleArn: result.descendant("AssumedRoleUser", "Arn")?.text,
            assumedRoleId: result.descendant("AssumedRoleUser", "AssumedRoleId")?.text,
            packedPolicySize: result.child("PackedPolicySize").flatMap { Int($0.text) },
            sourceIdentity: result.child("SourceIdentity")?.text,
            subjectFromWebIdentityToken: result.child("SubjectFromWebIdentityToken")?.text,
            provider: result.child("Provider")?.text,
            audience: result.child("Audience")?.text
        )
    }

    /// `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`; an answer
    /// that is not such XML gets a code from its status.
    static func decodeError(_ response: AWSHTTPResponse) -> AWSError {
        let root = try? XMLTree.parse(response.body)
        let error = root?.child("Error") ?? root?.descendant("Errors", "Error")
        let code = error?.child("Code")?.text
        return AWSError(
            kind: .service,
            code: code ?? "Http\(response.status)",
            message: error?.child("Message")?.text
                ?? String(decoding: response.body.prefix(512), as: UTF8.self),
            httpStatus: response.status,
            requestId: root?.child("RequestId")?.text ?? response.requestId
        )
    }
}
