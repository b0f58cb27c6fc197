public import AWSModel
public import DesiredState

/// Moves field values between the file's terms (keys such as `permissions`, `sessionInactivity.duration`)
/// and AWS's (members such as `Permissions`, `SessionInactivityDuration`), reading the kind descriptions:
/// each field's `aws.member`, and for objects their fields' members. An object field without a member of
/// its own (`sessionInactivity`) is flattened: its fields are members of the enclosing structure.
///
/// Kinds whose AWS shape differs from the file by more than names (Roles Anywhere tags and attribute
/// mappings) convert those fields themselves; see `KindBehavior`.
public enum FieldMapping {
    /// The AWS members that carry `fields` (file key → value).
    public static func awsMembers(_ values: [String: JSONValue], in shape: ObjectShape) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for field in shape.fields {
            guard let value = values[field.key] else { continue }
            if let aws = field.aws {
                members[aws.member] = awsValue(value, field.type)
            } else if case .object(let inner) = field.type, let object = value.objectValue {
                members.merge(awsMembers(object, in: inner)) { _, new in new }
            }
        }
        return members
    }

    /// One value in AWS's terms.
    public static func awsValue(_ value: JSONValue, _ type: ValueType) -> JSONValue {
        switch (type, value) {
        case (.object(let shape), .object(let object)): .object(awsMembers(object, in: shape))
        case (.list(let rule), .array(let items)): .array(items.map { awsValue($0, rule.element) })
        case (.map(let rule), .object(let entries)): .object(entries.mapValues { awsValue($0, rule.value) })
        case (.jsonObject, .object), (.jsonObject, .array): .string(value.serialized())
        default: value
        }
    }

    /// The file values of `fields` found among AWS's `members`, normalised for comparison. Fields AWS does
    /// not report are left out.
    public static func fileValues(
        from members: [String: JSONValue],
        fields: [FieldDescription]
    ) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for field in fields where !field.isIdentifier {
            if let aws = field.aws {
                if let member = members[aws.member], member != .null {
                    values[field.key] = normalized(fileValue(member, field.type), field)
                }
            } else if case .object(let inner) = field.type {
                let nested = fileValues(from: members, fields: inner.fields)
                if !nested.isEmpty { values[field.key] = .object(nested) }
            }
        }
        return values
    }

    /// One AWS value in the file's terms.
    public static func fileValue(_ value: JSONValue, _ type: ValueType) -> JSONValue {
        switch (type, value) {
        case (.object(let shape), .object(let members)): .object(fileValues(from: members, fields: shape.fields))
        case (.list(let rule), .array(let items)): .array(items.map { fileValue($0, rule.element) })
        case (.map(let rule), .object(let entries)): .object(entries.mapValues { fileValue($0, rule.value) })
        case (.jsonObject, .string(let text)): (try? JSONValue(parsing: text)) ?? value
        default: value
        }
    }

    /// The canonical form of a field's value: sets sorted without duplicates, keyed lists sorted by key,
    /// all the way down. Two values that compare equal under the field's comparison normalise to the same.
    public static func normalized(_ value: JSONValue, _ field: FieldDescription) -> JSONValue {
        normalized(value, field.type, field.comparison)
    }

    static func normalized(_ value: JSONValue, _ type: ValueType, _ comparison: Comparison) -> JSONValue {
        renormalized(value, type, comparison) ?? value
    }

    /// The canonical form of `value` when it is not canonical already, else nil: most values are (AWS
    /// reports sets sorted, files list them in order), and those need nothing rebuilt.
    private static func renormalized(_ value: JSONValue, _ type: ValueType, _ comparison: Comparison) -> JSONValue? {
        switch (comparison, value) {
        case (.set, .array(let items)):
            if ValueDiff.isSortedSet(items) { return nil }
            return .array(ValueDiff.sorted(Set(items)))
        case (.keyedList(let key), .array(let items)):
            guard case .list(let rule) = type else { return nil }
            var elements = items
            var changed = false
            for index in elements.indices {
                if let element = renormalized(elements[index], rule.element, .structure) {
                    elements[index] = element
                    changed = true
                }
            }
            if ValueDiff.isOrdered(elements, byStringKey: key) { return changed ? .array(elements) : nil }
            return .array(ValueDiff.sorted(elements) { $0[key] })
        case (.map(let values), .object(let entries)):
            guard case .map(let rule) = type else { return nil }
            var normalized: [String: JSONValue]?
            for (key, entry) in entries {
                guard let changed = renormalized(entry, rule.value, values) else { continue }
                if normalized == nil { normalized = entries }
                normalized?[key] = changed
            }
            return normalized.map(JSONValue.object)
        case (.structure, .object(let members)):
            guard case .object(let shape) = type else { return nil }
            var normalized: [String: JSONValue]?
            for (key, member) in members {
                guard let field = shape.field(key), let changed = renormalized(member, field.type, field.comparison)
                else { continue }
                if normalized == nil { normalized = members }
                normalized?[key] = changed
            }
            return normalized.map(JSONValue.object)
        default:
            return nil
        }
    }
}
