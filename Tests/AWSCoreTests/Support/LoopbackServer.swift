import AWSCore
import Foundation
import Hummingbird
import HummingbirdTesting

/// A request as the loopback server received it.
struct ReceivedRequest: Sendable {
    var method: String
    var path: String
    var query: String
    var headers: [HTTPHeader]
    var body: [UInt8]

    var bodyText: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? { headers.first(name) }
}

/// What the loopback server answers.
struct Reply: Sendable {
    var status: Int
    var headers: [HTTPHeader] = []
    var body: String = ""
}

/// Runs an HTTP server on 127.0.0.1 at an ephemeral port for the duration of `body`, answering
/// every request with `handler` and recording it.
func withLoopbackServer<Value: Sendable>(
    _ handler: @escaping @Sendable (ReceivedRequest) -> Reply,
    _ body: @Sendable (_ url: String, _ received: @Sendable () -> [ReceivedRequest]) async throws -> Value
) async throws -> Value {
    let log = ReceivedLog()
    let responder = CallbackResponder { (request: Request, _: BasicRequestContext) in
        let bytes = try await request.body.collect(upTo: 1 << 20)
        let target = request.uri.string
        let path = String(target.prefix { $0 != "?" })
        let received = ReceivedRequest(
            method: request.method.rawValue,
            path: path,
            query: target.count > path.count ? String(target.dropFirst(path.count + 1)) : "",
            // HTTPTypes keeps the Host header as the request's authority.
            headers: [HTTPHeader("Host", request.head.authority ?? "")]
                + request.headers.map { HTTPHeader($0.name.rawName, $0.value) },
            body: Array(bytes.readableBytesView)
        )
        log.append(received)
        let reply = handler(received)
        var fields = HTTPFields()
        for header in reply.headers {
            if let name = HTTPFields.Element.Name(header.name) { fields.append(.init(name: name, value: header.value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: reply.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body))
        )
    }
    let application = Application(
        responder: responder,
        configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0))
    )
    return try await application.test(.live) { client in
        try await body("http://127.0.0.1:\(client.port!)", { log.all })
    }
}

private final class ReceivedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ReceivedRequest] = []

    func append(_ item: ReceivedRequest) { lock.withLock { items.append(item) } }

    var all: [ReceivedRequest] { lock.withLock { items } }
}
