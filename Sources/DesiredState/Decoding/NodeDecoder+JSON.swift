import AWSModel
import YAML

extension NodeDecoder {
    /// A JSON object written as a YAML mapping, or as a string of JSON text.
    mutating func decodeJSON(_ node: Int, rule: JSONRule, at path: ValuePath) -> Value? {
        var references: [Located<Reference>] = []
        let value: JSONValue
        let location = document.location(node)
        switch document.kind(node) {
        case .mapping:
            guard let converted = json(from: node, at: path, references: &references) else { return nil }
            value = converted
        case .scalar(.string, _):
            return decodeJSON(document.text(node)!, at: location, rule: rule, at: path)
        default:
            mismatch(node, expected: .jsonObject(rule), at: path)
            return nil
        }
        return checkedJSON(value, references: references, at: location, rule: rule, path: path)
    }

    /// A JSON object written as a string of JSON text at `location`.
    mutating func decodeJSON(_ text: String, at location: SourceLocation, rule: JSONRule, at path: ValuePath)
        -> Value?
    {
        var references: [Located<Reference>] = []
        let value: JSONValue
        switch JSONValue.parse(text) {
        case .success(let parsed): value = parsed
        case .failure(let failure):
            error(.invalidJSON, path.message("is not valid JSON: \(failure)"), at: location)
            return nil
        }
        guard case .object = value else {
            error(.invalidJSON, path.message("must be a JSON object, found \(value.kindDescription)"), at: location)
            return nil
        }
        var valid = true
        for string in value.strings {
            guard let found = templateReferences(in: string, at: location, path: path) else {
                valid = false
                continue
            }
            references += found
        }
        guard valid else { return nil }
        return checkedJSON(value, references: references, at: location, rule: rule, path: path)
    }

    private mutating func checkedJSON(
        _ value: JSONValue, references: [Located<Reference>], at location: SourceLocation, rule: JSONRule,
        path: ValuePath
    ) -> Value? {
        let length = value.serialized().unicodeScalars.count
        if let maximum = rule.maxLength, length > maximum {
            error(
                .valueLength,
                path.message("is \(length) characters long as JSON; AWS allows at most \(maximum)"), at: location)
            return nil
        }
        return .json(JSONDocument(value: value, references: references))
    }

    /// Converts YAML to JSONValue: scalars keep their core-schema type, mapping keys become strings.
    private mutating func json(from node: Int, at path: ValuePath, references: inout [Located<Reference>])
        -> JSONValue?
    {
        let location = document.location(node)
        switch document.kind(node) {
        case .scalar:
            let scalar = document.scalar(node)!
            switch scalar.type {
            case .null: return .null
            case .bool: return .bool(scalar.boolValue!)
            case .int:
                guard let value = scalar.intValue else {
                    error(.valueRange, path.message("\(scalar.value) is too large for an integer"), at: location)
                    return nil
                }
                return .integer(Int64(value))
            case .float:
                guard let value = scalar.doubleValue, value.isFinite else {
                    error(.invalidJSON, path.message("\(scalar.value) cannot be represented in JSON"), at: location)
                    return nil
                }
                return .double(value)
            case .string:
                if variables != nil, VariableText.mayUse(scalar.value) {
                    guard let value = jsonVariableUse(scalar.value, at: location, path: path) else { return nil }
                    for string in value.strings {
                        guard let found = templateReferences(in: string, at: location, path: path) else {
                            return nil
                        }
                        references += found
                    }
                    return value
                }
                guard let found = templateReferences(in: scalar.value, at: location, path: path) else {
                    return nil
                }
                references += found
                return .string(scalar.value)
            }
        case .sequence:
            let items = document.items(node)!
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            var valid = true
            let base = path.extendable()
            for (index, item) in items.enumerated() {
                if let value = json(from: item, at: base.appending(index: index), references: &references) {
                    values.append(value)
                } else {
                    valid = false
                }
            }
            return valid ? .array(values) : nil
        case .mapping:
            let entries = document.entries(node)!
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(entries.count)
            var valid = true
            let base = path.extendable()
            for entry in entries {
                let key = document.keyText(entry.key)
                if members[key] != nil {
                    error(
                        .invalidJSON, path.message("duplicate JSON key \(Self.quoted(key))"),
                        at: document.location(entry.key))
                    valid = false
                } else if let value = json(from: entry.value, at: base.appending(key), references: &references) {
                    members[key] = value
                } else {
                    valid = false
                }
            }
            return valid ? .object(members) : nil
        }
    }

    /// The references in one JSONValue string, reporting syntax errors and undeclared targets; nil if any.
    mutating func templateReferences(in string: String, at location: SourceLocation, path: ValuePath)
        -> [Located<Reference>]?
    {
        switch Template.parse(string) {
        case .success(let template):
            guard checkReferences(template.references, at: location, path: path) else { return nil }
            return template.references.map { Located($0, at: location) }
        case .failure(let failure):
            error(.referenceSyntax, path.message(failure.message), at: location)
            return nil
        }
    }
}
