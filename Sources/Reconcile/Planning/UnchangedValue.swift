import AWSModel
import DesiredState

/// Whether a declared value is already what AWS has, answered without building it: the question planning
/// asks of every field of every live resource, where the answer is almost always yes.
///
/// `true` only when resolving the value (`ResolvedValue`) and normalising it for its field
/// (`FieldMapping.normalized`) gives exactly `observed`, so that comparing would find no change. `false`
/// when it does not, or when telling would need the value built (a reference waiting for a create, a long
/// set written out of order): the planner then builds and compares it as before. A mapping's keys are unique
/// (the YAML parser rejects a repeated key).
enum UnchangedValue {
    static func matches(_ value: Value, _ field: FieldDescription, observed: JSONValue?, known: KnownValues) -> Bool {
        guard let observed else { return false }
        return matches(value, field.type, field.comparison, observed, known)
    }

    /// Follows `FieldMapping.renormalized`: the parts it normalises are compared in their normal form, the
    /// rest as they are.
    private static func matches(
        _ value: Value, _ type: ValueType, _ comparison: Comparison, _ observed: JSONValue, _ known: KnownValues
    ) -> Bool {
        switch (comparison, value) {
        case (.set, .list(let items)):
            // A normal set is sorted without duplicates: the elements match AWS's one for one only if AWS's
            // are in that order.
            guard case .array(let have) = observed, have.count == items.count, ValueDiff.isSortedSet(have) else {
                return false
            }
            return isPermutation(items, of: have) { plain($0, $1, known) }
        case (.keyedList(let key), .list(let items)):
            guard case .list(let rule) = type else { return plain(value, observed, known) }
            guard case .array(let have) = observed, have.count == items.count,
                ValueDiff.isOrdered(have, byStringKey: key)
            else { return false }
            // Written in any order, sorting by key gives AWS's order only if AWS's keys all differ.
            return hasDistinctKeys(have, key)
                && isPermutation(items, of: have) { matches($0, rule.element, .structure, $1, known) }
        case (.map(let values), .mapping(let entries)):
            guard case .map(let rule) = type else { return plain(value, observed, known) }
            guard case .object(let have) = observed, have.count == entries.count else { return false }
            return entries.allSatisfy { entry in
                guard let member = have[entry.key.value] else { return false }
                return matches(entry.value.value, rule.value, values, member, known)
            }
        case (.structure, .mapping(let entries)):
            guard case .object(let shape) = type else { return plain(value, observed, known) }
            guard case .object(let have) = observed, have.count == entries.count else { return false }
            return entries.allSatisfy { entry in
                guard let member = have[entry.key.value] else { return false }
                guard let field = shape.field(entry.key.value) else { return plain(entry.value.value, member, known) }
                return matches(entry.value.value, field.type, field.comparison, member, known)
            }
        case (_, .json):
            // A JSON document may itself be a list or an object the comparison normalises: built, as planning
            // builds it.
            guard case .known(let resolved) = ResolvedValue(value, known: known) else { return false }
            return FieldMapping.normalized(resolved, type, comparison) == observed
        default:
            return plain(value, observed, known)
        }
    }

    /// Whether `items` (as many as `have`) are `have` in some order: each matched to the first element not
    /// matched yet that it equals (`match` is an equality). Lists longer than 64 must be in the same order.
    private static func isPermutation(
        _ items: [Located<Value>], of have: [JSONValue], _ match: (Value, JSONValue) -> Bool
    ) -> Bool {
        guard have.count <= UInt64.bitWidth else { return zip(items, have).allSatisfy { match($0.value, $1) } }
        var taken: UInt64 = 0
        for item in items {
            guard
                let index = have.indices.first(where: { taken & (1 << $0) == 0 && match(item.value, have[$0]) })
            else { return false }
            taken |= 1 << index
        }
        return true
    }

    /// Whether the elements' `key` strings (in key order, as `ValueDiff.isOrdered` found) all differ.
    private static func hasDistinctKeys(_ elements: [JSONValue], _ key: String) -> Bool {
        zip(elements, elements.dropFirst()).allSatisfy { $0[key] != $1[key] }
    }

    /// Whether the value resolved is exactly `observed`, nothing normalised.
    private static func plain(_ value: Value, _ observed: JSONValue, _ known: KnownValues) -> Bool {
        switch value {
        case .string(let template):
            guard case .string(let text) = observed else { return false }
            if let literal = template.literal { return literal == text }
            return template.resolve { known[$0] } == text
        case .integer(let number):
            return observed == .integer(Int64(number))
        case .boolean(let flag):
            return observed == .bool(flag)
        case .list(let items):
            guard case .array(let have) = observed, have.count == items.count else { return false }
            return zip(items, have).allSatisfy { plain($0.value, $1, known) }
        case .mapping(let entries):
            guard case .object(let have) = observed, have.count == entries.count else { return false }
            return entries.allSatisfy { entry in
                guard let member = have[entry.key.value] else { return false }
                return plain(entry.value.value, member, known)
            }
        case .json:
            guard case .known(let resolved) = ResolvedValue(value, known: known) else { return false }
            return resolved == observed
        }
    }
}
