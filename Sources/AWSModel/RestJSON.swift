/// Why an input could not be put on the wire: a required URI label is missing, or a value has the wrong
/// JSON type for its shape. Model constraints (length, pattern, range) are `ShapeValidator`'s job.
public struct RestJSONEncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var operation: String
    public var message: String

    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }
}

/// The `rest-json` protocol as botocore implements it (serialize.py `RestJSONSerializer`):
/// members bound to the URI, the query string or headers go there; the rest form the JSON body.
public enum RestJSON {
    /// Encodes `input` (an object keyed by the model's member names) for `operation`.
    ///
    /// - URI labels are AWS-percent-encoded (`:` → `%3A`, `/` → `%2F`), greedy labels keep `/`.
    /// - Query members: scalars as text (`true`/`false`, ISO-8601 timestamps), lists as repeated keys (an
    ///   empty list sends nothing), maps as one parameter per entry; sorted by name for a stable request.
    /// - Body: when the input shape has body members, a JSON object of those that are set (`{}` if none),
    ///   with `Content-Type: application/json`; otherwise no body and no Content-Type. `null`s are dropped.
    public static func encode(
        _ input: JSONValue,
        for operation: OperationModel,
        in model: ServiceModel
    ) throws(RestJSONEncodingError) -> RESTRequest {
        func fail(_ message: String) -> RestJSONEncodingError {
            RestJSONEncodingError(operation: operation.name, message: message)
        }
        let template = URITemplate(operation.requestURI)
        var request = RESTRequest(method: operation.method, path: "/")
        request.query = template.fixedQuery.map { RESTRequest.QueryItem(name: $0.name, value: $0.value) }
        guard let inputName = operation.input else {
            request.path = template.expand([:]) ?? "/"
            return request
        }
        let shape = model.shape(inputName)
        guard case .object(let values) = input else { throw fail("input must be an object, not \(input.typeName)") }
        if let unknown = values.keys.sorted().first(where: { shape.members[$0] == nil }) {
            throw fail("unknown member \(unknown) for \(inputName)")
        }

        var labels: [String: String] = [:]
        var query: [RESTRequest.QueryItem] = []
        var body: [String: JSONValue] = [:]
        for member in shape.sortedMembers {
            guard let value = values[member.name], value != .null else { continue }
            switch member.location {
            case .uri:
                guard let text = scalarText(value) else {
                    throw fail("member \(member.name) must be a scalar, not \(value.typeName)")
                }
                labels[member.wireName] = text
            case .querystring:
                query += try queryItems(member, value, fail)
            case .header:
                if case .array(let elements) = value {
                    if elements.isEmpty { continue }
                    let texts = elements.compactMap(scalarText)
                    request.headers.append((member.wireName, texts.joined(separator: ",")))
                } else if let text = scalarText(value) {
                    request.headers.append((member.wireName, text))
                } else {
                    throw fail("member \(member.name) must be a scalar, not \(value.typeName)")
                }
            case .headers:
                guard case .object(let entries) = value else { throw fail("member \(member.name) must be a map") }
                for key in entries.keys.sorted() {
                    if let text = entries[key]?.stringValue { request.headers.append((member.wireName + key, text)) }
                }
            case .body, .statusCode:
                body[member.wireName] = dropNulls(value)
            }
        }
        for label in template.labelNames where labels[label] == nil {
            throw fail("missing required URI member \(label)")
        }
        request.path = template.expand(labels) ?? "/"
        request.query += query.enumerated().sorted { lhs, rhs in
            lhs.element.name == rhs.element.name ? lhs.offset < rhs.offset : lhs.element.name < rhs.element.name
        }.map(\.element)
        if shape.members.values.contains(where: { $0.location == .body }) {
            request.body = Array(JSONValue.object(body).serialized().utf8)
            request.headers.append(("Content-Type", "application/json"))
        }
        return request
    }

    private static func queryItems(
        _ member: Member,
        _ value: JSONValue,
        _ fail: (String) -> RestJSONEncodingError
    ) throws(RestJSONEncodingError) -> [RESTRequest.QueryItem] {
        switch value {
        case .array(let elements):
            var items: [RESTRequest.QueryItem] = []
            for element in elements {
                guard let text = scalarText(element) else {
                    throw fail("elements of \(member.name) must be scalars")
                }
                items.append(.init(name: member.wireName, value: text))
            }
            return items
        case .object(let entries):
            return entries.keys.sorted().compactMap { key in
                entries[key]?.stringValue.map { RESTRequest.QueryItem(name: key, value: $0) }
            }
        default:
            guard let text = scalarText(value) else {
                throw fail("member \(member.name) must be a scalar, not \(value.typeName)")
            }
            return [.init(name: member.wireName, value: text)]
        }
    }

    /// A scalar as text for a URI label, query parameter or header.
    static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .double(let number): number.rounded() == number ? String(Int64(number)) : String(number)
        default: nil
        }
    }

    static func dropNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): .object(members.filter { $0.value != .null }.mapValues(dropNulls))
        case .array(let elements): .array(elements.filter { $0 != .null }.map(dropNulls))
        default: value
        }
    }
}
