import Foundation
import SigV4

/// libFuzzer target: any bytes as an HTTP request (`METHOD path?query HTTP/1.1`, header lines, an empty line,
/// the body; the layout of the SigV4 test suite's `request.txt`). The canonicaliser and the `Authorization`
/// parser must take anything; a request whose header names are HTTP tokens and which has a `Host` verifies
/// once signed, and fails to verify when its body changes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSigV4(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let request = FuzzedRequest(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    let canonical = CanonicalRequest(request: request.request, signedHeaders: request.request.headers.map(\.name))
    _ = canonical.text
    for header in request.request.headers where header.name.lowercased() == "authorization" {
        _ = try? SigV4Authorization(headerValue: header.value)
    }
    let verifier = SigV4Verifier(region: "us-east-1", service: "service")
    let now = Date(timeIntervalSince1970: 1_440_938_160)
    let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    _ = try? verifier.verify(request.request, now: now) { $0 == "AKIDEXAMPLE" ? secret : nil }

    guard request.headerNamesAreTokens, !request.request.values(of: "host").isEmpty else { return 0 }
    let signer = SigV4Signer(
        credentials: SigV4Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: secret),
        region: "us-east-1",
        service: "service"
    )
    let signed = signer.sign(request.request, date: now).request
    do {
        _ = try verifier.verify(signed, now: now) { $0 == "AKIDEXAMPLE" ? secret : nil }
    } catch {
        fatalError("a request signed by SigV4Signer does not verify: \(error)")
    }
    var tampered = signed
    tampered.body.append(0x2E)
    if (try? verifier.verify(tampered, now: now) { $0 == "AKIDEXAMPLE" ? secret : nil }) != nil {
        fatalError("a signed request still verifies after its body changed")
    }
    return 0
}

/// The request text split into a `SigV4Request`: lines starting with a space or tab continue the header before.
private struct FuzzedRequest {
    var request: SigV4Request
    var headerNamesAreTokens = true

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        let requestLine = lines.popFirst() ?? ""
        let words = requestLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        let method = words.first.map(String.init) ?? ""
        let target = words.count > 1 ? words[1] : ""
        let question = target.firstIndex(of: "?")
        let path = String(target[..<(question ?? target.endIndex)])
        let query = question.map { String(target[target.index(after: $0)...]) } ?? ""
        var headers: [SigV4Request.Header] = []
        while let line = lines.popFirst(), !line.isEmpty {
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += "\n" + line
                continue
            }
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            let name = String(line[..<colon])
            let value = colon == line.endIndex ? "" : String(line[line.index(after: colon)...])
            headerNamesAreTokens = headerNamesAreTokens && Self.isToken(name)
            headers.append(SigV4Request.Header(name, value))
        }
        let body = Array(lines.joined(separator: "\n").utf8)
        request = SigV4Request(method: method, path: path, query: query, headers: headers, body: body)
    }

    /// RFC 9110 `token`: what a header name may be.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
                }
            }
    }
}
