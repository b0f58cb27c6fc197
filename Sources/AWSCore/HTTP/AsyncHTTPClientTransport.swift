public import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The real transport: async-http-client, with a deadline per request.
///
/// By default it uses `HTTPClient.shared`, which needs no shutdown; pass your own client to control
/// connection timeouts, proxies or TLS, and shut it down yourself.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    /// Responses larger than this are refused (AWS answers for these APIs are small).
    public var maximumResponseBytes: Int

    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 16 * 1_024 * 1_024) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    public func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = .init(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if !request.body.isEmpty || ["POST", "PUT", "PATCH"].contains(request.method) {
            outgoing.body = .bytes(request.body)
        }
        let milliseconds = Int64(timeout.seconds * 1_000)
        do {
            let response = try await client.execute(outgoing, timeout: .milliseconds(milliseconds))
            // Refused before reading when the length is announced, else as soon as the bytes pass the limit.
            if let length = response.headers.first(name: "content-length").flatMap(Int.init),
                length > maximumResponseBytes
            {
                throw tooLarge(request, announced: length)
            }
            var body: [UInt8] = []
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= maximumResponseBytes else {
                    throw tooLarge(request, announced: nil)
                }
                body += chunk.readableBytesView
            }
            return AWSHTTPResponse(
                status: Int(response.status.code),
                headers: response.headers.map { HTTPHeader($0.name, $0.value) },
                body: body
            )
        } catch let error as AWSError {
            throw error
        } catch {
            throw Self.classify(error, request: request, timeout: timeout)
        }
    }

    /// An answer larger than any these APIs give: not retried, since the same request would get it again.
    private func tooLarge(_ request: AWSHTTPRequest, announced: Int?) -> AWSError {
        let size = announced.map { "\($0) bytes" } ?? "more than \(maximumResponseBytes) bytes"
        return .invalidResponse(
            "The answer to \(request.method) \(request.endpoint.origin)\(request.fullPath) is \(size); Warden reads "
                + "at most \(maximumResponseBytes) bytes (AWS's answers to these APIs are far smaller)."
        )
    }

    /// Timeouts become `.timeout`, everything else that prevented an answer `.connection`.
    static func classify(_ error: any Error, request: AWSHTTPRequest, timeout: Duration) -> AWSError {
        let target = "\(request.method) \(request.endpoint.origin)\(request.fullPath)"
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout:
                return AWSError(
                    kind: .timeout,
                    code: "RequestTimeout",
                    message: "No response to \(target) within \(timeout) (\(error))."
                )
            default:
                break
            }
        }
        return AWSError(kind: .connection, code: "ConnectionError", message: "\(target) failed: \(error)")
    }
}
