import AWSModel
import DesiredState
import Plan

/// Compares one field's desired value with its live one, as the field's `comparison` says, and reports the
/// differences attribute by attribute. `observed` nil means there is nothing live to compare with (a create).
/// A known desired value must already be normalised (`FieldMapping.normalized`), as the planner makes it.
enum FieldComparison {
    static func changes(
        _ field: FieldDescription,
        desired: ResolvedValue,
        observed: JSONValue?,
        path: String,
        known: KnownValues
    ) -> [AttributeChange] {
        guard case .known(let value) = desired else {
            return [AttributeChange(path: path, change: unknownChange(field, desired, observed, known: known))]
        }
        // Equal arrays are equal sets and equal keyed lists, equal objects equal maps: no change to report.
        switch (field.comparison, value) {
        case (.set, .array), (.keyedList, .array), (.map, .object):
            if value == observed { return [] }
        default:
            break
        }
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
                    path: "\(path).\(inner.key)",
                    known: known
                )
            }
        }
        return change.map { [AttributeChange(path: path, change: $0)] } ?? []
    }

    /// A value that waits for apply. Maps and sets are compared part by part, so only the entries or
    /// elements that wait show `(known after apply)`; anything else is replaced whole.
    private static func unknownChange(
        _ field: FieldDescription,
        _ desired: ResolvedValue,
        _ observed: JSONValue?,
        known: KnownValues
    ) -> AttributeChange.Change {
        switch field.comparison {
        case .map(let values):
            guard let entries = desired.entries(known: known) else { break }
            let have = observed?.objectValue ?? [:]
            var added: [AttributeChange.Entry] = []
            var removed: [AttributeChange.Entry] = []
            var changed: [AttributeChange.EntryChange] = []
            var unchanged = 0
            for key in entries.keys.sorted() {
                let after: PlanValue
                switch entries[key]! {
                case .known(let value):
                    let normalized = FieldMapping.normalized(value, valueType(of: field), values)
                    if have[key] == normalized {
                        unchanged += 1
                        continue
                    }
                    after = .known(normalized)
                case let waiting:
                    after = waiting.planValue
                }
                if let before = have[key] {
                    changed.append(.init(key: key, before: .known(before), after: after))
                } else {
                    added.append(.init(key: key, value: after))
                }
            }
            for key in have.keys.sorted() where entries[key] == nil {
                removed.append(.init(key: key, value: .known(have[key]!)))
            }
            return .entries(added: added, removed: removed, changed: changed, unchanged: unchanged)
        case .set:
            guard let elements = desired.elements(known: known) else { break }
            let have = Set(observed?.arrayValue ?? [])
            var knownElements: Set<JSONValue> = []
            var waiting: [PlanValue] = []
            for element in elements {
                if case .known(let value) = element {
                    knownElements.insert(value)
                } else {
                    waiting.append(element.planValue)
                }
            }
            return .set(
                added: ValueDiff.sorted(knownElements.subtracting(have)).map(PlanValue.known) + waiting,
                removed: ValueDiff.sorted(have.subtracting(knownElements)).map(PlanValue.known),
                unchanged: knownElements.intersection(have).count
            )
        default:
            break
        }
        return .value(before: observed.map(PlanValue.known), after: desired.planValue)
    }

    /// The type of a map field's values.
    private static func valueType(of field: FieldDescription) -> ValueType {
        guard case .map(let rule) = field.type else { return field.type }
        return rule.value
    }

    /// A keyed list as entries by the text of each element's key; each entry holds the element's other
    /// members (the key is the entry's name, so it is not repeated inside).
    private static func keyed(_ list: JSONValue, by key: String) -> [String: JSONValue] {
        var entries: [String: JSONValue] = [:]
        for element in list.arrayValue ?? [] {
            let name = element[key]?.stringValue ?? element[key]?.serialized() ?? ""
            if case .object(var members) = element {
                members[key] = nil
                entries[name] = .object(members)
            } else {
                entries[name] = element
            }
        }
        return entries
    }

    /// Elements match when every part the file declares matches; parts the file leaves out are not managed.
    private static func managedPartsEqual(_ desired: JSONValue, _ observed: JSONValue) -> Bool {
        guard let wanted = desired.objectValue else { return desired == observed }
        return wanted.allSatisfy { observed[$0.key] == $0.value }
    }
}
