import Foundation

extension DecodingError {
    /// What is wrong, and where in the answer, in a line a person can act on:
    /// `InstanceSummaryList[0].Id: expected String, found a number`.
    var reason: String {
        switch self {
        case .keyNotFound(let key, let context):
            "\(Self.path(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            "\(Self.path(context.codingPath)): expected \(type), found \(Self.found(context.debugDescription))"
        case .valueNotFound(let type, let context):
            "\(Self.path(context.codingPath)): expected \(type), found null"
        case .dataCorrupted(let context):
            "\(Self.path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            "\(self)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        let path = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.hasPrefix(".") ? String(path.dropFirst()) : path.isEmpty ? "the answer" : path
    }

    /// Foundation says `Expected to decode Array<Any> but found a string instead.`: keep what was found.
    private static func found(_ description: String) -> String {
        guard let range = description.range(of: "but found ") else { return description }
        return String(description[range.upperBound...]).replacingOccurrences(of: " instead.", with: "")
    }
}
