public import AWSModel
public import Plan

/// The comparisons the planner makes, one per way a field can compare. Each answers nil when the desired
/// value already holds, otherwise the `AttributeChange.Change` to show. Values are in the file's terms.
public enum ValueDiff {
    /// A scalar or JSON document: equal values (JSON objects regardless of key order) are no change.
    public static func value(desired: JSONValue, observed: JSONValue?) -> AttributeChange.Change? {
        if let observed, observed == desired { return nil }
        return .value(before: observed.map(PlanValue.known), after: .known(desired))
    }

    /// An unordered set: what to add and what to remove. Order and duplicates never count as a change.
    public static func set(desired: [JSONValue], observed: [JSONValue]?) -> AttributeChange.Change? {
        let have = Set(observed ?? [])
        let want = Set(desired)
        let added = sorted(want.subtracting(have))
        let removed = sorted(have.subtracting(want))
        if added.isEmpty && removed.isEmpty && observed != nil { return nil }
        return .set(
            added: added.map(PlanValue.known), removed: removed.map(PlanValue.known),
            unchanged: want.intersection(have).count)
    }

    /// Keyed entries (tags, applications by namespace): entries added, removed and changed. `equal` decides
    /// whether two values of one key are the same (e.g. comparing an application's permissions as a set).
    public static func entries(
        desired: [String: JSONValue],
        observed: [String: JSONValue]?,
        equal: (JSONValue, JSONValue) -> Bool = { $0 == $1 }
    ) -> AttributeChange.Change? {
        let have = observed ?? [:]
        var added: [AttributeChange.Entry] = []
        var removed: [AttributeChange.Entry] = []
        var changed: [AttributeChange.EntryChange] = []
        var unchanged = 0
        for key in desired.keys.sorted() {
            let want = desired[key]!
            if let current = have[key] {
                if equal(want, current) {
                    unchanged += 1
                } else {
                    changed.append(.init(key: key, before: .known(current), after: .known(want)))
                }
            } else {
                added.append(.init(key: key, value: .known(want)))
            }
        }
        for key in have.keys.sorted() where desired[key] == nil {
            removed.append(.init(key: key, value: .known(have[key]!)))
        }
        if added.isEmpty && removed.isEmpty && changed.isEmpty && observed != nil { return nil }
        return .entries(added: added, removed: removed, changed: changed, unchanged: unchanged)
    }

    /// Values in canonical-text order, so plans list set elements the same way every time.
    static func sorted(_ values: Set<JSONValue>) -> [JSONValue] {
        // Strings JSON writes unescaped order as their canonical text, `"` + text + `"`, does: compared with
        // that closing quote, they need no text made.
        var plain: [String] = []
        plain.reserveCapacity(values.count)
        for value in values {
            guard case .string(let text) = value, JSONValue.isWrittenAsIs(text) else { return sorted(values) { $0 } }
            plain.append(text)
        }
        return plain.sorted(by: quotedPrecedes).map(JSONValue.string)
    }

    /// Whether `items` are strings JSON writes unescaped, in strictly increasing `sorted` order: then they
    /// are already what `sorted(Set(items))` makes.
    static func isSortedSet(_ items: [JSONValue]) -> Bool {
        var previous: String?
        for item in items {
            guard case .string(let text) = item, JSONValue.isWrittenAsIs(text) else { return false }
            if let previous, !quotedPrecedes(previous, text) { return false }
            previous = text
        }
        return true
    }

    /// Whether `elements` are in the order of the canonical text of their `key` member (what keyed lists
    /// are sorted by), told without making the text: only when every key is a plain ASCII string, for
    /// which that order is `quotedPrecedes`. False when it cannot tell so cheaply.
    static func isOrdered(_ elements: [JSONValue], byStringKey key: String) -> Bool {
        var previous: String?
        for element in elements {
            guard case .string(let text)? = element[key], JSONValue.isWrittenAsIs(text),
                text.utf8.allSatisfy({ $0 < 0x80 })
            else {
                return false
            }
            if let previous, quotedPrecedes(text, previous) { return false }
            previous = text
        }
        return true
    }

    /// Whether `left` + `"` precedes `right` + `"` in byte order.
    static func quotedPrecedes(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        var leftEnded = false
        var rightEnded = false
        func next(_ bytes: inout String.UTF8View.Iterator, _ ended: inout Bool) -> UInt8? {
            if ended { return nil }
            if let byte = bytes.next() { return byte }
            ended = true
            return UInt8(ascii: "\"")
        }
        while true {
            switch (next(&leftBytes, &leftEnded), next(&rightBytes, &rightEnded)) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?): if a != b { return a < b }
            }
        }
    }

    /// `elements` in canonical-text order of `key(element)`, each key serialized once.
    static func sorted<Elements: Collection>(_ elements: Elements, by key: (Elements.Element) -> JSONValue?)
        -> [Elements.Element]
    {
        guard elements.count > 1 else { return Array(elements) }
        return elements.map { (element: $0, text: key($0)?.serialized() ?? "") }
            .sorted { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
            .map(\.element)
    }
}
