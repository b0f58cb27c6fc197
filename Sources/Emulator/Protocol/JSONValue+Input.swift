import AWSModel
import Foundation

/// Typed reads of an operation's input, which has already been validated against its shape.
extension JSONValue {
    func string(_ key: String) -> String? { self[key]?.stringValue }

    func int(_ key: String) -> Int? { self[key]?.integerValue.map { Int($0) } }

    func bool(_ key: String) -> Bool? { self[key]?.boolValue }

    func strings(_ key: String) -> [String]? { self[key]?.arrayValue?.compactMap(\.stringValue) }

    func stringMap(_ key: String) -> [String: String]? { self[key]?.objectValue?.compactMapValues(\.stringValue) }

    /// Whether the input carries `key` (with a non-null value).
    func has(_ key: String) -> Bool { self[key].map { $0 != .null } ?? false }
}

extension Date {
    /// The date as handlers pass timestamps to the output encoder.
    var json: JSONValue { .double(Timestamps.epoch(self)) }
}

extension Dictionary where Key == String, Value == String {
    var json: JSONValue { .object(mapValues(JSONValue.string)) }
}

extension Array where Element == String {
    var json: JSONValue { .array(map(JSONValue.string)) }
}
