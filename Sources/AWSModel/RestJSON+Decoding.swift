/// Why a received request could not be read as its operation's input: the body is not a JSON object, or
/// a value cannot be converted to its member's type. AWS answers these with `SerializationException`.
public struct RestJSONDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}

extension RestJSON {
    /// Rebuilds an operation's input from a received request: the server half of `encode`.
    ///
    /// Values bound to the URI, query string and headers are converted to their member's type (a query
    /// `maxResults=5` becomes the integer 5); body members are taken from the JSON object by their wire
    /// names, and members the model does not know are ignored, as AWS does.
    public static func decode(
        operation: OperationModel,
        labels: [String: String],
        query: [RESTRequest.QueryItem],
        headers: [(name: String, value: String)],
        body: [UInt8],
        in model: ServiceModel
    ) throws(RestJSONDecodingError) -> JSONValue {
        guard let inputName = operation.input else { return .object([:]) }
        let shape = model.shape(inputName)
        var bodyObject: [String: JSONValue] = [:]
        if body.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            let parsed: JSONValue
            do {
                parsed = try JSONValue(parsing: body)
            } catch {
                throw RestJSONDecodingError(message: "Request body is not valid JSON: \(error)")
            }
            guard case .object(let members) = parsed else {
                throw RestJSONDecodingError(message: "Request body must be a JSON object")
            }
            bodyObject = members
        }

        var input: [String: JSONValue] = [:]
        for member in shape.sortedMembers {
            let memberShape = model.shape(member.shape)
            switch member.location {
            case .uri:
                if let text = labels[member.wireName] {
                    input[member.name] = try convert(text, to: memberShape, member: member)
                }
            case .querystring:
                if memberShape.kind == .list {
                    let elementShape = model.shape(memberShape.member?.shape ?? "")
                    var values: [JSONValue] = []
                    for item in query where item.name == member.wireName {
                        values.append(try convert(item.value, to: elementShape, member: member))
                    }
                    if !values.isEmpty { input[member.name] = .array(values) }
                } else if memberShape.kind == .map {
                    let bound = Set(shape.members.values.filter { $0.location == .querystring }.map(\.wireName))
                    let free = query.filter { !bound.contains($0.name) }
                    if !free.isEmpty {
                        input[member.name] = .object(
                            Dictionary(
                                free.map { ($0.name, JSONValue.string($0.value)) }, uniquingKeysWith: { a, _ in a })
                        )
                    }
                } else if let item = query.first(where: { $0.name == member.wireName }) {
                    input[member.name] = try convert(item.value, to: memberShape, member: member)
                }
            case .header:
                if let field = headers.first(where: { $0.name.lowercased() == member.wireName.lowercased() }) {
                    input[member.name] = try convert(field.value, to: memberShape, member: member)
                }
            case .headers:
                let prefix = member.wireName.lowercased()
                let matching = headers.filter { $0.name.lowercased().hasPrefix(prefix) }
                if !matching.isEmpty {
                    input[member.name] = .object(
                        Dictionary(
                            matching.map { (String($0.name.dropFirst(prefix.count)), JSONValue.string($0.value)) },
                            uniquingKeysWith: { a, _ in a }
                        )
                    )
                }
            case .body, .statusCode:
                if let value = bodyObject[member.wireName], value != .null { input[member.name] = value }
            }
        }
        return .object(input)
    }

    private static func convert(_ text: String, to shape: Shape, member: Member) throws(RestJSONDecodingError)
        -> JSONValue
    {
        switch shape.kind {
        case .integer, .long:
            guard let number = Int64(text) else {
                throw RestJSONDecodingError(message: "Cannot convert '\(text)' to an integer for \(member.wireName)")
            }
            return .integer(number)
        case .double, .float:
            guard let number = Double(text) else {
                throw RestJSONDecodingError(message: "Cannot convert '\(text)' to a number for \(member.wireName)")
            }
            return .double(number)
        case .boolean:
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                throw RestJSONDecodingError(message: "Cannot convert '\(text)' to a boolean for \(member.wireName)")
            }
        default:
            return .string(text)
        }
    }
}
