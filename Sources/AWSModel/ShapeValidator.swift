import Foundation

/// One way a value breaks its shape, phrased as AWS's request validation phrases it.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The JSON type does not fit the shape (AWS: `SerializationException`).
        case typeMismatch
        /// A required member is absent.
        case missingRequired
        /// Length, range, pattern or enum.
        case constraint
    }

    public var kind: Kind
    /// Where, in AWS's notation: `securityProfileName`, `permissions.1.member`, `tags`.
    public var path: String
    /// The value as AWS quotes it (`'abc'`, `null`), or nil for sensitive shapes, which are never echoed.
    public var renderedValue: String?
    /// E.g. `Member must have length less than or equal to 250`.
    public var constraint: String

    public init(kind: Kind, path: String, renderedValue: String?, constraint: String) {
        self.kind = kind
        self.path = path
        self.renderedValue = renderedValue
        self.constraint = constraint
    }

    /// `Value 'abc' at 'name' failed to satisfy constraint: Member must ...`.
    public var description: String {
        if kind == .typeMismatch { return "\(constraint) at '\(path)'" }
        let value = renderedValue.map { "Value \($0) " } ?? "Value "
        return "\(value)at '\(path)' failed to satisfy constraint: \(constraint)"
    }
}

/// Checks a value against a botocore shape: types, required members, lengths, ranges, patterns, enums.
/// The emulator validates every request with it, so it answers what AWS would.
public enum ShapeValidator {
    /// Every issue in `value`, in a stable order.
    public static func validate(_ value: JSONValue, shape name: String, in model: ServiceModel) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        check(value, model.shape(name), path: "", model: model, into: &issues)
        return issues
    }

    /// AWS's summary line: `2 validation errors detected: Value ... ; Value ...`.
    public static func summary(_ issues: [ValidationIssue]) -> String {
        let noun = issues.count == 1 ? "error" : "errors"
        return "\(issues.count) validation \(noun) detected: " + issues.map(\.description).joined(separator: "; ")
    }

    private static func check(
        _ value: JSONValue,
        _ shape: Shape,
        path: String,
        model: ServiceModel,
        into issues: inout [ValidationIssue]
    ) {
        func mismatch(_ expected: String) {
            issues.append(
                ValidationIssue(
                    kind: .typeMismatch,
                    path: path,
                    renderedValue: nil,
                    constraint: "Expected \(expected) but found \(value.typeName)"
                )
            )
        }
        let constraints = constraintViolations(value, shape, model: model)
        switch (shape.kind, value) {
        case (.structure, .object(let members)):
            for member in shape.sortedMembers {
                let memberPath = path.isEmpty ? lowerFirst(member.name) : path + "." + lowerFirst(member.name)
                if let memberValue = members[member.name], memberValue != .null {
                    check(memberValue, model.shape(member.shape), path: memberPath, model: model, into: &issues)
                } else if shape.required.contains(member.name) {
                    issues.append(
                        ValidationIssue(
                            kind: .missingRequired,
                            path: memberPath,
                            renderedValue: "null",
                            constraint: "Member must not be null"
                        )
                    )
                }
            }
            if shape.isUnion, members.values.filter({ $0 != .null }).count != 1 {
                issues.append(
                    ValidationIssue(
                        kind: .constraint,
                        path: path,
                        renderedValue: nil,
                        constraint: "Union must have exactly one member set"
                    )
                )
            }
        case (.structure, _): mismatch("an object")
        case (.list, .array(let elements)):
            append(constraints, path: path, value: value, shape: shape, into: &issues)
            let elementShape = model.shape(shape.member?.shape ?? "")
            for (offset, element) in elements.enumerated() {
                check(element, elementShape, path: "\(path).\(offset + 1).member", model: model, into: &issues)
            }
        case (.list, _): mismatch("a list")
        case (.map, .object(let entries)):
            append(constraints, path: path, value: value, shape: shape, into: &issues)
            let keyShape = model.shape(shape.key?.shape ?? "")
            let valueShape = model.shape(shape.value?.shape ?? "")
            var keyViolations: [String] = []
            var valueViolations: [String] = []
            for key in entries.keys.sorted() {
                keyViolations += constraintViolations(.string(key), keyShape, model: model)
                if let entry = entries[key] {
                    if valueShape.kind == .structure || valueShape.kind == .list || valueShape.kind == .map {
                        check(entry, valueShape, path: "\(path).\(key)", model: model, into: &issues)
                    } else {
                        valueViolations += constraintViolations(entry, valueShape, model: model)
                    }
                }
            }
            for (label, violations) in [("Map keys", keyViolations), ("Map value", valueViolations)]
            where !violations.isEmpty {
                var unique: [String] = []
                for violation in violations where !unique.contains(violation) { unique.append(violation) }
                issues.append(
                    ValidationIssue(
                        kind: .constraint,
                        path: path,
                        renderedValue: render(value, shape),
                        constraint: "\(label) must satisfy constraint: [\(unique.joined(separator: ", "))]"
                    )
                )
            }
        case (.map, _): mismatch("a map")
        case (.string, .string), (.integer, .integer), (.long, .integer), (.boolean, .bool), (.double, .integer),
            (.double, .double), (.float, .integer), (.float, .double), (.timestamp, .integer), (.timestamp, .double),
            (.timestamp, .string), (.blob, .string):
            append(constraints, path: path, value: value, shape: shape, into: &issues)
        case (.integer, .double(let number)), (.long, .double(let number)):
            if number.rounded() == number {
                append(constraints, path: path, value: value, shape: shape, into: &issues)
            } else {
                mismatch("an integer")
            }
        case (.string, _): mismatch("a string")
        case (.integer, _), (.long, _): mismatch("an integer")
        case (.boolean, _): mismatch("a boolean")
        case (.double, _), (.float, _): mismatch("a number")
        case (.timestamp, _): mismatch("a timestamp")
        case (.blob, _): mismatch("a base64 string")
        }
    }

    private static func append(
        _ constraints: [String],
        path: String,
        value: JSONValue,
        shape: Shape,
        into issues: inout [ValidationIssue]
    ) {
        for constraint in constraints {
            issues.append(
                ValidationIssue(
                    kind: .constraint, path: path, renderedValue: render(value, shape), constraint: constraint)
            )
        }
    }

    /// The constraint messages `value` breaks at this level (not inside its elements).
    private static func constraintViolations(_ value: JSONValue, _ shape: Shape, model: ServiceModel) -> [String] {
        var violations: [String] = []
        let length: Int? =
            switch value {
            case .string(let text): text.unicodeScalars.count
            case .array(let elements): elements.count
            case .object(let entries): entries.count
            default: nil
            }
        if let length, shape.kind == .string || shape.kind == .list || shape.kind == .map {
            if let min = shape.min, length < min {
                violations.append("Member must have length greater than or equal to \(min)")
            }
            if let max = shape.max, length > max {
                violations.append("Member must have length less than or equal to \(max)")
            }
        }
        if let number = value.doubleValue, [.integer, .long, .double, .float].contains(shape.kind) {
            if let min = shape.min, number < Double(min) {
                violations.append("Member must have value greater than or equal to \(min)")
            }
            if let max = shape.max, number > Double(max) {
                violations.append("Member must have value less than or equal to \(max)")
            }
        }
        if case .string(let text) = value, shape.kind == .string {
            if let pattern = shape.pattern, !PatternCache.shared.matches(pattern, text) {
                violations.append("Member must satisfy regular expression pattern: \(pattern)")
            }
            if let allowed = shape.enumValues, !allowed.contains(text) {
                violations.append("Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
            }
        }
        return violations
    }

    /// The value as AWS quotes it in messages (Java's `toString` of the deserialized value).
    static func render(_ value: JSONValue, _ shape: Shape) -> String? {
        if shape.isSensitive { return nil }
        func plain(_ value: JSONValue) -> String {
            switch value {
            case .null: "null"
            case .string(let text): text
            case .array(let elements): "[" + elements.map(plain).joined(separator: ", ") + "]"
            case .object(let entries):
                "{" + entries.keys.sorted().map { "\($0)=\(plain(entries[$0]!))" }.joined(separator: ", ") + "}"
            default: value.serialized()
            }
        }
        return "'\(plain(value))'"
    }

    private static func lowerFirst(_ name: String) -> String {
        name.prefix(1).lowercased() + name.dropFirst()
    }
}

/// Compiled model patterns. botocore patterns are Java regular expressions, which ICU (behind
/// NSRegularExpression) reads the same way for every pattern in Warden's models. Like AWS, a pattern
/// is not implicitly anchored: it must match somewhere in the value.
final class PatternCache: @unchecked Sendable {
    static let shared = PatternCache()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func matches(_ pattern: String, _ text: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let regex: NSRegularExpression
        if let cached = compiled[pattern] {
            regex = cached
        } else {
            guard let made = try? NSRegularExpression(pattern: pattern) else { return true }
            compiled[pattern] = made
            regex = made
        }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
