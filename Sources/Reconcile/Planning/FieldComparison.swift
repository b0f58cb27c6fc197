import AWSModel
import DesiredState
import Plan

/// Compares one field's desired value with its live one, as the field's `comparison` says, and reports the
/// differences attribute by attribute. `observed` nil means there is nothing live to compare with (a create).
enum FieldComparison {
    static func changes(
        _ field: FieldDescription,
        desired: ResolvedValue,
        observed: JSONValue?,
        path: String
    ) -> [AttributeChange] {
        guard case .known(let raw) = desired else {
            if let observed, case .unknown = desired {
                return [AttributeChange(path: path, change: .value(before: .known(observed), after: desired.planValue))]
            }
            return [AttributeChange(path: path, change: .value(before: nil, after: desired.planValue))]
        }
        let value = FieldMapping.normalized(raw, field)
        let change: AttributeChange.Change?
        switch field.comparison {
        case .scalar, .json:
            change = ValueDiff.value(desired: value, observed: observed)
        case .set:
            change = ValueDiff.set(desired: value.arrayValue ?? [], observed: observed?.arrayValue)
        case .map:
            change = ValueDiff.entries(desired: value.objectValue ?? [:], observed: observed?.objectValue)
        case .keyedList(let key):
            change = ValueDiff.entries(
                desired: keyed(value, by: key),
                observed: observed.map { keyed($0, by: key) },
                equal: managedPartsEqual
            )
        case .structure:
            guard case .object(let shape) = field.type, let members = value.objectValue else { return [] }
            return shape.fields.flatMap { inner -> [AttributeChange] in
                guard let member = members[inner.key] else { return [] }
                return changes(
                    inner,
                    desired: .known(member),
                    observed: observed.map { $0[inner.key] ?? .null }.flatMap { $0 == .null ? nil : $0 },
                    path: "\(path).\(inner.key)"
                )
            }
        }
        return change.map { [AttributeChange(path: path, change: $0)] } ?? []
    }

    /// A keyed list as entries by the text of each element's key.
    private static func keyed(_ list: JSONValue, by key: String) -> [String: JSONValue] {
        var entries: [String: JSONValue] = [:]
        for element in list.arrayValue ?? [] {
            let name = element[key]?.stringValue ?? element[key]?.serialized() ?? ""
            entries[name] = element
        }
        return entries
    }

    /// Elements match when every part the file declares matches; parts the file leaves out are not managed.
    private static func managedPartsEqual(_ desired: JSONValue, _ observed: JSONValue) -> Bool {
        guard let wanted = desired.objectValue else { return desired == observed }
        return wanted.allSatisfy { observed[$0.key] == $0.value }
    }
}
