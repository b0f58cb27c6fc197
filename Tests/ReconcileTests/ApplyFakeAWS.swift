import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Reconcile

/// AWS for unit tests, without a network: each operation answers from its queue of replies (then `{}`), and
/// every call is recorded as its operation and decoded input.
final class ApplyFakeAWS: HTTPTransport, @unchecked Sendable {
    enum Reply: Sendable {
        case answer(JSONValue)
        case error(status: Int, code: String, message: String)
        /// AWS made the change, then the connection dropped before the answer arrived.
        case lost
    }

    struct Call: Sendable, Equatable, CustomStringConvertible {
        var operation: String
        var input: JSONValue
        var description: String { "\(operation) \(input.serialized(JSONFormatting(sortedKeys: true)))" }
    }

    private let lock = NSLock()
    private var queues: [String: [Reply]]
    private var made: [Call] = []

    init(_ replies: [String: [Reply]] = [:]) {
        queues = replies
    }

    var calls: [Call] { lock.withLock { made } }
    var operations: [String] { calls.map(\.operation) }

    /// Clients that send everything here, with a test clock (sleeps return at once) and no rate limits.
    func clients() throws -> AWSClients {
        AWSClients(try makeTestClient(transport: self))
    }

    func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        let authorization = request.headers.first("Authorization") ?? ""
        let model: ServiceModel = authorization.contains("/rolesanywhere/") ? .rolesAnywhere : .connect
        guard let match = RestJSONRouter(model: model).route(method: request.method, rawPath: request.path) else {
            return Self.error(404, "UnknownOperationException", "no route for \(request.method) \(request.path)")
        }
        let query = request.query.split(separator: "&").map { item in
            let pair = item.split(separator: "=", maxSplits: 1).map { AWSPercentEncoding.decode($0) ?? "" }
            return RESTRequest.QueryItem(name: pair[0], value: pair.count > 1 ? pair[1] : "")
        }
        let input =
            (try? RestJSON.decode(
                operation: match.operation, labels: match.labels, query: query, headers: [], body: request.body,
                in: model)) ?? .null
        let operation = match.operation.name
        let reply: Reply? = lock.withLock {
            made.append(Call(operation: operation, input: input))
            return queues[operation]?.isEmpty == false ? queues[operation]!.removeFirst() : nil
        }
        switch reply ?? .answer([:]) {
        case .answer(let body):
            return AWSHTTPResponse(
                status: 200, headers: [HTTPHeader("Content-Type", "application/json")],
                body: Array(body.serialized().utf8))
        case .error(let status, let code, let message):
            return Self.error(status, code, message)
        case .lost:
            throw AWSError(kind: .connection, code: "ConnectionError", message: "remote connection closed")
        }
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> AWSHTTPResponse {
        AWSHTTPResponse(
            status: status,
            headers: [HTTPHeader("Content-Type", "application/json"), HTTPHeader("x-amzn-ErrorType", code)],
            body: Array(JSONValue.object(["Message": .string(message)]).serialized().utf8)
        )
    }
}
