import Foundation
import SigV4

/// One folder of the SigV4 test suite layout: `context.json`, `request.txt` and the expected stages.
struct SigningCase: CustomStringConvertible {
    struct Context: Decodable {
        struct Credentials: Decodable {
            let accessKeyId: String
            let secretAccessKey: String
            let token: String?
        }
        let credentials: Credentials
        let normalize: Bool
        let region: String
        let service: String
        let signBody: Bool
        let timestamp: String
        let omitSessionToken: Bool?
    }

    let name: String
    let context: Context
    let request: SigV4Request
    let canonicalRequest: String
    let stringToSign: String
    let signature: String
    let signedRequest: SigV4Request

    var description: String { name }

    var date: Date { try! Date(context.timestamp, strategy: .iso8601) }

    var signer: SigV4Signer {
        SigV4Signer(
            credentials: SigV4Credentials(
                accessKeyId: context.credentials.accessKeyId,
                secretAccessKey: context.credentials.secretAccessKey,
                sessionToken: context.credentials.token
            ),
            region: context.region,
            service: context.service,
            normalizePath: context.normalize
        )
    }

    var options: SigV4Signer.Options {
        SigV4Signer.Options(
            addContentSHA256Header: context.signBody,
            omitSessionTokenFromSignature: context.omitSessionToken ?? false
        )
    }

    /// The fixture root inside the test bundle.
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The case folders under `suite` (`aws-sig-v4-test-suite` or `warden`), sorted.
    static func names(in suite: String) -> [String] {
        let folder = root.appendingPathComponent(suite)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { !$0.contains(".") && $0 != "NOTICE" }.sorted().map { "\(suite)/\($0)" }
    }

    init(_ name: String) throws {
        self.name = name
        let folder = Self.root.appendingPathComponent(name)
        func read(_ file: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        context = try decoder.decode(Context.self, from: Data(read("context.json").utf8))
        request = Self.parse(try read("request.txt"))
        canonicalRequest = try read("header-canonical-request.txt")
        stringToSign = try read("header-string-to-sign.txt")
        signature = try read("header-signature.txt").trimmingCharacters(in: .whitespacesAndNewlines)
        signedRequest = Self.parse(try read("header-signed-request.txt"))
    }

    /// Parses `METHOD target HTTP/1.1`, header lines (a line starting with whitespace continues the
    /// previous value, joined by a space as RFC 9112 unfolds it), a blank line and the body.
    /// The target may contain spaces (the suite's paths are raw).
    static func parse(_ text: String) -> SigV4Request {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines.removeFirst()
        let method = String(first.prefix { $0 != " " })
        let target = String(first.dropFirst(method.count + 1).dropLast(" HTTP/1.1".count))
        var headers: [SigV4Request.Header] = []
        while let line = lines.first, !line.isEmpty {
            lines.removeFirst()
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append(SigV4Request.Header(String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        let body = lines.dropFirst().joined(separator: "\n")
        let path = String(target.prefix { $0 != "?" })
        let query = target.count > path.count ? String(target.dropFirst(path.count + 1)) : ""
        return SigV4Request(method: method, path: path, query: query, headers: headers, body: Array(body.utf8))
    }
}
