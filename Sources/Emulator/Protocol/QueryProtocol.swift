import AWSModel
import Foundation

/// The AWS `query` protocol (STS): form-encoded parameters in, XML out.
enum QueryProtocol {
    /// The parameters of a form body (`Action=AssumeRole&RoleArn=...`), `+` read as a space. Nil when the
    /// body is not a form (a malformed escape).
    static func parameters(_ body: [UInt8]) -> [String: String]? {
        var parameters: [String: String] = [:]
        let text = String(decoding: body, as: UTF8.self)
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = AWSPercentEncoding.decode(parts[0], plusAsSpace: true),
                let value = AWSPercentEncoding.decode(parts.count > 1 ? parts[1] : "", plusAsSpace: true)
            else { return nil }
            parameters[name] = value
        }
        return parameters
    }

    /// A value that cannot be converted to its member's type.
    struct DecodingError: Error, Equatable {
        var message: String
    }

    /// The operation's input rebuilt from flat parameters: `Name` for scalars, `Name.member.N` for list
    /// elements, `Name.Field` for structure members (botocore's QuerySerializer, read backwards).
    static func input(_ parameters: [String: String], shape name: String, in model: ServiceModel) throws(DecodingError)
        -> JSONValue
    {
        try decode(prefix: "", model.shape(name), parameters, model) ?? .object([:])
    }

    private static func decode(
        prefix: String,
        _ shape: Shape,
        _ parameters: [String: String],
        _ model: ServiceModel
    ) throws(DecodingError) -> JSONValue? {
        switch shape.kind {
        case .structure:
            var members: [String: JSONValue] = [:]
            for member in shape.sortedMembers {
                let key = prefix.isEmpty ? member.wireName : prefix + "." + member.wireName
                if let value = try decode(prefix: key, model.shape(member.shape), parameters, model) {
                    members[member.name] = value
                }
            }
            return prefix.isEmpty || !members.isEmpty ? .object(members) : nil
        case .list:
            let elementShape = model.shape(shape.member?.shape ?? "")
            var elements: [JSONValue] = []
            var index = 1
            while let element = try decode(prefix: "\(prefix).member.\(index)", elementShape, parameters, model) {
                elements.append(element)
                index += 1
            }
            if elements.isEmpty { return parameters[prefix] == "" ? .array([]) : nil }
            return .array(elements)
        case .map:
            var entries: [String: JSONValue] = [:]
            let valueShape = model.shape(shape.value?.shape ?? "")
            var index = 1
            while let key = parameters["\(prefix).entry.\(index).key"] {
                entries[key] = try decode(prefix: "\(prefix).entry.\(index).value", valueShape, parameters, model)
                index += 1
            }
            return entries.isEmpty ? nil : .object(entries)
        case .integer, .long:
            guard let text = parameters[prefix] else { return nil }
            guard let number = Int64(text) else {
                throw DecodingError(message: "Cannot convert '\(text)' to an integer for \(prefix)")
            }
            return .integer(number)
        case .double, .float:
            guard let text = parameters[prefix] else { return nil }
            guard let number = Double(text) else {
                throw DecodingError(message: "Cannot convert '\(text)' to a number for \(prefix)")
            }
            return .double(number)
        case .boolean:
            guard let text = parameters[prefix] else { return nil }
            guard text == "true" || text == "false" else {
                throw DecodingError(message: "Cannot convert '\(text)' to a boolean for \(prefix)")
            }
            return .bool(text == "true")
        case .string, .blob, .timestamp:
            return parameters[prefix].map(JSONValue.string)
        }
    }

    /// `<OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata><RequestId>…`.
    static func success(
        _ output: JSONValue,
        operation: OperationModel,
        model: ServiceModel,
        requestId: String
    ) -> EmulatorResponse {
        var xml = XMLWriter()
        let root = operation.name + "Response"
        xml.open(root, attributes: [("xmlns", model.xmlNamespace ?? "")])
        if let outputShape = operation.output {
            let wrapper = operation.resultWrapper ?? operation.name + "Result"
            xml.open(wrapper)
            write(OutputEncoder.encode(output, shape: outputShape, in: model), model.shape(outputShape), model, &xml)
            xml.close(wrapper)
        }
        xml.open("ResponseMetadata")
        xml.element("RequestId", requestId)
        xml.close("ResponseMetadata")
        xml.close(root)
        return response(200, xml.text, requestId: requestId)
    }

    /// `<ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message></Error><RequestId>…`.
    static func error(_ error: ServiceError, model: ServiceModel, requestId: String) -> EmulatorResponse {
        let status = error.httpStatus(in: model)
        var xml = XMLWriter()
        xml.open("ErrorResponse", attributes: [("xmlns", model.xmlNamespace ?? "")])
        xml.open("Error")
        xml.element("Type", status >= 500 ? "Receiver" : "Sender")
        xml.element("Code", error.code)
        xml.element("Message", error.message)
        xml.close("Error")
        xml.element("RequestId", requestId)
        xml.close("ErrorResponse")
        return response(status, xml.text, requestId: requestId)
    }

    private static func response(_ status: Int, _ xml: String, requestId: String) -> EmulatorResponse {
        EmulatorResponse(
            status: status,
            headers: [.init("x-amzn-RequestId", requestId), .init("Content-Type", "text/xml")],
            body: Array(xml.utf8)
        )
    }

    /// The children of a structure, list or map value; members in the model's name order.
    private static func write(_ value: JSONValue, _ shape: Shape, _ model: ServiceModel, _ xml: inout XMLWriter) {
        switch (shape.kind, value) {
        case (.structure, .object(let members)):
            for member in shape.sortedMembers {
                guard let memberValue = members[member.wireName] else { continue }
                let memberShape = model.shape(member.shape)
                if [.structure, .list, .map].contains(memberShape.kind) {
                    xml.open(member.wireName)
                    write(memberValue, memberShape, model, &xml)
                    xml.close(member.wireName)
                } else {
                    xml.element(member.wireName, scalar(memberValue))
                }
            }
        case (.list, .array(let elements)):
            let elementShape = model.shape(shape.member?.shape ?? "")
            for element in elements {
                if [.structure, .list, .map].contains(elementShape.kind) {
                    xml.open("member")
                    write(element, elementShape, model, &xml)
                    xml.close("member")
                } else {
                    xml.element("member", scalar(element))
                }
            }
        default:
            break
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        default: value.serialized()
        }
    }
}
