import AWSModel
import Foundation

/// Shapes a handler's output to its output shape: members the shape does not declare and nulls are dropped,
/// and timestamps (which handlers give as epoch seconds) are written in the shape's format — epoch seconds
/// for Connect, ISO-8601 strings for Roles Anywhere's `iso8601` members and for the query protocol.
enum OutputEncoder {
    static func encode(_ value: JSONValue, shape name: String, in model: ServiceModel) -> JSONValue {
        encode(value, model.shape(name), model)
    }

    private static func encode(_ value: JSONValue, _ shape: Shape, _ model: ServiceModel) -> JSONValue {
        switch (shape.kind, value) {
        case (.structure, .object(let members)):
            var out: [String: JSONValue] = [:]
            for member in shape.members.values {
                guard let memberValue = members[member.name], memberValue != .null else { continue }
                out[member.wireName] = encode(memberValue, model.shape(member.shape), model)
            }
            return .object(out)
        case (.list, .array(let elements)):
            let elementShape = model.shape(shape.member?.shape ?? "")
            return .array(elements.filter { $0 != .null }.map { encode($0, elementShape, model) })
        case (.map, .object(let entries)):
            let valueShape = model.shape(shape.value?.shape ?? "")
            return .object(entries.filter { $0.value != .null }.mapValues { encode($0, valueShape, model) })
        case (.timestamp, _):
            guard let seconds = value.doubleValue else { return value }
            let date = Date(timeIntervalSince1970: seconds)
            switch model.timestampFormat(of: shape) {
            case .unixTimestamp: return .double(Timestamps.epoch(date))
            case .iso8601, .rfc822: return .string(Timestamps.iso8601(date))
            }
        default:
            return value
        }
    }
}
