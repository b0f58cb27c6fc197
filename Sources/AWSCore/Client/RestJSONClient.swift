public import AWSModel
import Foundation

/// Calls the operations of one rest-json service (Connect, Roles Anywhere) as its botocore model
/// describes them: the input is checked against the model (types and required members), encoded by
/// `RestJSON` (method, URI labels, query, headers, JSON body), sent by `AWSClient` (endpoint, rate
/// limit, SigV4, retries), and the answer decoded, or its error read into `AWSError`.
///
/// Length, pattern and range constraints are left to the service, as botocore leaves them: the
/// desired-state file is checked against them before anything is sent, and one model pattern (Connect's
/// `IpCidr`) is known to be wrong.
public struct RestJSONClient: Sendable {
    public let client: AWSClient
    public let model: ServiceModel
    public let service: AWSService

    public init(client: AWSClient, model: ServiceModel) {
        self.client = client
        self.model = model
        service = AWSService(model)
    }

    /// Sends `operation` with `input` (an object keyed by the model's member names) and returns the
    /// answer's JSON body (`{}` when it has none). With `retryingAmbiguousFailures` off, a failure after which
    /// the call may have been applied (timeout, dropped connection, server error) is thrown at once instead of
    /// retried (see `AWSRequest.retriesAmbiguousFailures`).
    public func call(
        _ operation: String,
        input: JSONValue,
        retryingAmbiguousFailures: Bool = true
    ) async throws(AWSError) -> JSONValue {
        var request = try encode(operation, input: input)
        request.retriesAmbiguousFailures = retryingAmbiguousFailures
        let response = try await send(request)
        guard response.body.contains(where: { !$0.isJSONWhitespace }) else { return .object([:]) }
        do {
            return try JSONValue(parsing: response.body)
        } catch {
            throw Self.undecodable(operation, response, reason: "\(error)")
        }
    }

    /// The request `operation` with `input` becomes, before addressing and signing.
    public func encode(_ operation: String, input: JSONValue) throws(AWSError) -> AWSRequest {
        let definition = model.operation(operation)
        if let shape = definition.input {
            let issues = ShapeValidator.validate(input, shape: shape, in: model)
                .filter { $0.kind == .typeMismatch || $0.kind == .missingRequired }
            guard issues.isEmpty else {
                throw AWSError(
                    kind: .validation,
                    code: "ValidationError",
                    message: ShapeValidator.summary(issues),
                    operation: "\(service.serviceId).\(operation)"
                )
            }
        }
        let request: RESTRequest
        do {
            request = try RestJSON.encode(input, for: definition, in: model)
        } catch {
            throw AWSError(
                kind: .validation,
                code: "SerializationError",
                message: error.message,
                operation: "\(service.serviceId).\(operation)"
            )
        }
        return AWSRequest(
            service: service,
            operation: operation,
            method: request.method,
            path: request.path,
            query: request.queryString,
            headers: request.headers.map { HTTPHeader($0.name, $0.value) },
            body: request.body ?? [],
            sensitiveKeys: sensitiveKeys(of: definition)
        )
    }

    private func send(_ request: AWSRequest) async throws(AWSError) -> AWSHTTPResponse {
        try await client.send(request, decodeError: Self.decodeError)
    }

    /// Reads a rest-json error as botocore does (`x-amzn-ErrorType`, `code`/`Code`, `__type`); an
    /// answer that names no code (a proxy's HTML page) gets `Http<status>`.
    public static func decodeError(_ response: AWSHTTPResponse) -> AWSError {
        let headers = response.headers.map { (name: $0.name, value: $0.value) }
        guard let body = AWSErrorBody.parse(headers: headers, body: response.body) else {
            return AWSError(
                kind: .service,
                code: "Http\(response.status)",
                message: String(decoding: response.body.prefix(300), as: UTF8.self),
                httpStatus: response.status,
                requestId: response.requestId
            )
        }
        return AWSError(
            kind: .service,
            code: body.code,
            message: body.message,
            httpStatus: response.status,
            requestId: response.requestId
        )
    }

    /// The wire names of every member, in the operation's input and output, whose shape the model
    /// marks sensitive: their values are redacted from `--debug` output.
    func sensitiveKeys(of operation: OperationModel) -> Set<String> {
        var keys: Set<String> = []
        var visited: Set<String> = []
        func walk(_ name: String) {
            guard visited.insert(name).inserted, let shape = model.shapes[name] else { return }
            for member in shape.members.values {
                if model.shapes[member.shape]?.isSensitive == true { keys.insert(member.wireName) }
                walk(member.shape)
            }
            for member in [shape.member, shape.key, shape.value].compactMap({ $0 }) { walk(member.shape) }
        }
        operation.input.map(walk)
        operation.output.map(walk)
        return keys
    }

    private static func undecodable(_ operation: String, _ response: AWSHTTPResponse, reason: String) -> AWSError {
        var error = AWSError.invalidResponse(
            "The answer to \(operation) cannot be decoded: \(reason)",
            httpStatus: response.status,
            requestId: response.requestId
        )
        error.operation = operation
        return error
    }
}

extension UInt8 {
    fileprivate var isJSONWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
