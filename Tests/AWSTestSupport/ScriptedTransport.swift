public import AWSCore
import Foundation

/// A transport that answers from a script, one entry per request, and records what was sent.
public final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    public enum Reply {
        case response(AWSHTTPResponse)
        case failure(AWSError)
    }

    private let lock = NSLock()
    private var replies: [Reply]
    private var sent: [AWSHTTPRequest] = []

    public init(_ replies: [Reply]) {
        self.replies = replies
    }

    public var requests: [AWSHTTPRequest] { lock.withLock { sent } }

    public func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        let reply: Reply = lock.withLock {
            sent.append(request)
            return replies.isEmpty
                ? .failure(AWSError(kind: .connection, code: "ScriptEnded", message: "")) : replies.removeFirst()
        }
        switch reply {
        case .response(let response): return response
        case .failure(let error): throw error
        }
    }

    public static func json(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> Reply {
        .response(
            AWSHTTPResponse(
                status: status,
                headers: [
                    HTTPHeader("Content-Type", "application/json"), HTTPHeader("x-amzn-RequestId", "req-\(status)"),
                ]
                    + headers,
                body: Array(body.utf8)
            )
        )
    }
}
