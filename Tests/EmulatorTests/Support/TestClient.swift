import AWSModel
import Emulator
import Foundation
import SigV4

/// Builds signed requests the way an AWS SDK does (the rest-json encoder and the SigV4 signer of the
/// AWS layer), so tests speak to the engine like a real client.
struct TestClient {
    var credentials = SigV4Credentials(accessKeyId: "AKIDWARDENEMULATOR", secretAccessKey: "warden-emulator-secret")
    var region = "eu-west-2"
    var host = "127.0.0.1:8080"

    /// A signed rest-json request for `operation` of `model` (Connect or Roles Anywhere).
    func request(_ model: ServiceModel, _ operation: String, _ input: JSONValue = [:], at date: Date)
        -> EmulatorRequest
    {
        let encoded = try! RestJSON.encode(input, for: model.operation(operation), in: model)
        var headers = [SigV4Request.Header("Host", host)]
        headers += encoded.headers.map { SigV4Request.Header($0.name, $0.value) }
        let unsigned = SigV4Request(
            method: encoded.method, path: encoded.path, query: encoded.queryString, headers: headers,
            body: encoded.body ?? [])
        return signed(unsigned, service: model.signingName, at: date)
    }

    /// A signed STS query-protocol request: `Action=…&Version=2011-06-15&…` in a form body.
    func sts(_ action: String, _ parameters: [(String, String)] = [], at date: Date) -> EmulatorRequest {
        let form = ([("Action", action), ("Version", "2011-06-15")] + parameters)
            .map { AWSPercentEncoding.encode($0.0) + "=" + AWSPercentEncoding.encode($0.1) }
            .joined(separator: "&")
        let unsigned = SigV4Request(
            method: "POST", path: "/",
            headers: [.init("Host", host), .init("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(form.utf8))
        return signed(unsigned, service: "sts", at: date)
    }

    private func signed(_ request: SigV4Request, service: String, at date: Date) -> EmulatorRequest {
        let signer = SigV4Signer(credentials: credentials, region: region, service: service)
        let signed = signer.sign(request, date: date).request
        let target = signed.query.isEmpty ? signed.path : signed.path + "?" + signed.query
        return EmulatorRequest(method: signed.method, target: target, headers: signed.headers, body: signed.body)
    }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        current = start
    }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }
}

extension EmulatorResponse {
    /// The body parsed as JSON.
    var json: JSONValue { (try? JSONValue(parsing: body)) ?? .null }
}
