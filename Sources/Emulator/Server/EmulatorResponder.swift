import HTTPTypes
import Hummingbird
import NIOCore
import SigV4

/// Hands every HTTP request to the engine and writes its answer, or closes the connection when the engine
/// says to drop it.
struct EmulatorResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    let engine: EmulatorEngine

    /// Request bodies larger than this are refused (AWS's API requests are far smaller).
    static let maximumBodySize = 8 << 20

    /// Thrown after closing a connection on purpose, so Hummingbird writes nothing more.
    struct DroppedConnection: Error {}

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: Self.maximumBodySize)
        var headers = request.headers.map { SigV4Request.Header($0.name.rawName, $0.value) }
        if let authority = request.head.authority, !headers.contains(where: { $0.name.lowercased() == "host" }) {
            headers.insert(SigV4Request.Header("Host", authority), at: 0)
        }
        let incoming = EmulatorRequest(
            method: request.method.rawValue,
            target: request.head.path ?? "/",
            headers: headers,
            body: Array(buffer: body)
        )
        switch await engine.handle(incoming) {
        case .respond(let answer):
            var fields = HTTPFields()
            for header in answer.headers {
                if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
            }
            return Response(
                status: HTTPResponse.Status(code: answer.status),
                headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
            )
        case .dropConnection:
            try? await context.channel.close()
            throw DroppedConnection()
        }
    }
}
