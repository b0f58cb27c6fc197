public import AWSCore
public import AWSModel
public import Foundation

/// One request botocore's serializer produced for a representative input (`requests.json`).
public struct BotocoreRequest: Decodable, Sendable, CustomStringConvertible {
    public var name: String
    public var operation: String
    /// The input as botocore took it, keyed by model member names.
    public var input: JSONValue
    public var method: String
    public var path: String
    public var query: String
    public var contentType: String?
    /// Nil when botocore sends no body.
    public var body: String?

    public var description: String { name }

    /// The input as JSON text, to decode into a typed input.
    public var inputData: Data { Data(input.serialized().utf8) }

    /// The query's `key=value` pairs, exactly as encoded, in a stable order (botocore orders them as
    /// the caller gave them, Warden by name; AWS does not care).
    public static func pairs(_ query: String) -> [String] {
        query.split(separator: "&").map(String.init).sorted()
    }

    /// Every difference between `request` and what botocore sends, as readable lines.
    public func differences(from request: AWSHTTPRequest) -> [String] {
        var found: [String] = []
        if request.method != method { found.append("method \(request.method), botocore \(method)") }
        if request.path != path { found.append("path \(request.path), botocore \(path)") }
        if Self.pairs(request.query) != Self.pairs(query) { found.append("query \(request.query), botocore \(query)") }
        let sentType = request.headers.first("Content-Type")
        if sentType != contentType {
            found.append("Content-Type \(sentType ?? "none"), botocore \(contentType ?? "none")")
        }
        switch (request.body.isEmpty ? nil : request.body, body) {
        case (nil, nil):
            break
        case (let sent?, let expected?):
            // JSON bodies compare as JSON values (botocore writes `", "` and keeps the caller's key order);
            // anything else byte for byte.
            let same: Bool
            if contentType?.contains("json") == true {
                let sentJSON = try? JSONValue(parsing: sent)
                same = sentJSON != nil && sentJSON == (try? JSONValue(parsing: expected))
            } else {
                same = sent == Array(expected.utf8)
            }
            if !same { found.append("body \(String(decoding: sent, as: UTF8.self)), botocore \(expected)") }
        case (let sent?, nil):
            found.append("body \(String(decoding: sent, as: UTF8.self)), botocore none")
        case (nil, let expected?):
            found.append("no body, botocore \(expected)")
        }
        return found
    }

    public static func load(_ url: URL) -> [BotocoreRequest] {
        (try? JSONDecoder().decode([BotocoreRequest].self, from: Data(contentsOf: url))) ?? []
    }
}

/// A sample answer and what botocore's parser made of it (`responses.json`).
public struct BotocoreResponse: Decodable, Sendable, CustomStringConvertible {
    /// botocore's `Error` of an error answer.
    public struct ParsedError: Decodable, Sendable {
        public var code: String
        public var message: String

        enum CodingKeys: String, CodingKey {
            case code = "Code"
            case message = "Message"
        }
    }

    public var name: String
    public var operation: String
    public var status: Int
    public var headers: [String: String]
    public var body: String
    /// The output members, timestamps as epoch seconds.
    public var parsed: JSONValue
    public var error: ParsedError?

    public var description: String { name }

    public var response: AWSHTTPResponse {
        AWSHTTPResponse(
            status: status,
            headers: [HTTPHeader("x-amzn-RequestId", "request-\(name)")]
                + headers.sorted { $0.key < $1.key }.map { HTTPHeader($0.key, $0.value) },
            body: Array(body.utf8)
        )
    }

    public static func load(_ url: URL) -> [BotocoreResponse] {
        (try? JSONDecoder().decode([BotocoreResponse].self, from: Data(contentsOf: url))) ?? []
    }
}

/// Whether two JSON values are equal, numbers compared by value (botocore writes `1700000000.0` where
/// Swift writes `1700000000`) and within a microsecond (timestamps).
public func jsonEquivalent(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.object(let left), .object(let right)):
        return left.keys.sorted() == right.keys.sorted()
            && left.allSatisfy { key, value in right[key].map { jsonEquivalent(value, $0) } ?? false }
    case (.array(let left), .array(let right)):
        return left.count == right.count && zip(left, right).allSatisfy(jsonEquivalent)
    default:
        if let left = lhs.doubleValue, let right = rhs.doubleValue { return abs(left - right) < 1e-6 }
        return lhs == rhs
    }
}

/// A typed output encoded back to JSON with the model's member names, timestamps as epoch seconds:
/// comparable with botocore's parse of the same answer.
public func jsonOfOutput(_ output: some Encodable) throws -> JSONValue {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .secondsSince1970
    return try JSONValue(parsing: Array(encoder.encode(output)))
}
