import Parallel
import YAML

extension NodeDecoder {
    mutating func decodeList(_ node: Int, rule: ListRule, at path: ValuePath) -> Value? {
        guard let items = document.items(node) else {
            mismatch(node, expected: .list(rule), at: path)
            return nil
        }
        checkCount(items.count, minimum: rule.minCount, maximum: rule.maxCount, noun: "item", node, path)
        var values: [Located<Value>] = []
        values.reserveCapacity(items.count)
        var seen = SeenValues()
        let base = path.extendable()
        for (index, item) in items.enumerated() {
            let itemPath = base.appending(index: index)
            guard let value = decode(item, as: rule.element, at: itemPath, owner: nil) else { continue }
            switch rule.uniqueness {
            case .none:
                break
            case .values:
                if let first = seen[value.value] {
                    let shown = value.value.template.map { Self.quoted($0.description) } ?? "value"
                    error(
                        .duplicateValue, itemPath.message("duplicate value \(shown) (first at \(first))"),
                        at: value.location)
                    continue
                }
                seen.add(value.value, at: value.location)
            case .key(let key):
                if let keyValue = value.value[key] {
                    if let first = seen[keyValue.value] {
                        let shown = keyValue.value.template.map { Self.quoted($0.description) } ?? "value"
                        error(
                            .duplicateValue,
                            itemPath.appending(key).message("duplicate \(key) \(shown) (first at \(first))"),
                            at: keyValue.location)
                        continue
                    }
                    seen.add(keyValue.value, at: keyValue.location)
                }
            }
            values.append(value)
        }
        return .list(values)
    }

    /// A mapping with free-form keys. With `concurrentChunk` (entries that stand alone: a collection of
    /// resources, Connect instances), the entries are decoded on all cores, at least that many to a task,
    /// their values and diagnostics then put together in file order.
    mutating func decodeMap(_ node: Int, rule: MapRule, at path: ValuePath, concurrentChunk: Int? = nil) -> Value? {
        guard let entries = document.entries(node) else {
            mismatch(node, expected: .map(rule), at: path)
            return nil
        }
        checkCount(entries.count, minimum: rule.minCount, maximum: rule.maxCount, noun: "entry", node, path)
        let base = path.extendable()
        guard let concurrentChunk else {
            var values: [Value.Entry] = []
            values.reserveCapacity(entries.count)
            for entry in entries { decodeEntry(entry, rule: rule, path: path, base: base, into: &values) }
            return .mapping(values)
        }
        var decoder = self
        decoder.diagnostics = Diagnostics()
        decoder.sensitiveWritten = []
        let chunks = Concurrently.map(over: entries.count, minimumChunk: concurrentChunk) { [decoder] range in
            var chunk = decoder
            var values: [Value.Entry] = []
            values.reserveCapacity(range.count)
            for index in range { chunk.decodeEntry(entries[index], rule: rule, path: path, base: base, into: &values) }
            return (
                values: values, diagnostics: chunk.diagnostics, refersToResources: chunk.refersToResources,
                sensitiveWritten: chunk.sensitiveWritten
            )
        }
        var values: [Value.Entry] = []
        values.reserveCapacity(entries.count)
        for chunk in chunks {
            values += chunk.values
            diagnostics.append(contentsOf: chunk.diagnostics)
            refersToResources = refersToResources || chunk.refersToResources
            sensitiveWritten.formUnion(chunk.sensitiveWritten)
        }
        return .mapping(values)
    }

    private mutating func decodeEntry(
        _ entry: (key: Int, value: Int), rule: MapRule, path: ValuePath, base: ValuePath,
        into values: inout [Value.Entry]
    ) {
        let keyLocation = document.location(entry.key)
        guard let key = stringKey(entry.key, at: path),
            check(key, subject: "key \(Self.quoted(key))", rule: rule.key, at: keyLocation, path: path)
        else { return }
        let entryPath = base.appending(key)
        guard let value = decode(entry.value, as: rule.value, at: entryPath, owner: keyLocation) else { return }
        values.append(Value.Entry(key: Located(key, at: keyLocation), value: value))
    }

    mutating func decodeObject(_ node: Int, shape: ObjectShape, at path: ValuePath, owner: SourceLocation?)
        -> Value?
    {
        guard let entries = document.entries(node) else {
            mismatch(node, expected: .object(shape), at: path)
            return nil
        }
        var values: [Value.Entry] = []
        values.reserveCapacity(entries.count)
        var present = PresentKeys(capacity: entries.count)
        let base = path.extendable()
        for entry in entries {
            let keyLocation = document.location(entry.key)
            guard let key = stringKey(entry.key, at: path) else { continue }
            guard let field = shape.field(key) else {
                error(
                    .unknownKey,
                    path.message("unknown key \(Self.quoted(key))\(Self.suggestion(for: key, in: shape))"),
                    at: keyLocation)
                continue
            }
            present.add(key, at: keyLocation)
            let fieldPath = base.appending(key)
            if let deprecation = field.deprecation {
                warning(.deprecatedField, fieldPath.message(deprecation), at: keyLocation)
            }
            if let value = decode(entry.value, as: field.type, at: fieldPath, owner: keyLocation) {
                values.append(Value.Entry(key: Located(key, at: keyLocation), value: value))
            }
        }
        let anchor = owner ?? document.location(node)
        for field in shape.fields where field.isRequired && present[field.key] == nil {
            error(.missingKey, path.message("missing required key \"\(field.key)\""), at: anchor)
        }
        for rule in shape.rules {
            check(rule, present: present, at: anchor, path: path)
        }
        return .mapping(values)
    }

    private mutating func check(
        _ rule: ObjectRule, present: PresentKeys, at anchor: SourceLocation, path: ValuePath
    ) {
        switch rule {
        case .exactlyOne(let keys):
            let given = keys.filter { present[$0] != nil }
            let alternatives = Self.alternatives(keys)
            if given.isEmpty {
                error(.missingKey, path.message("give one of \(alternatives)"), at: anchor)
            } else if given.count > 1 {
                let second = given.dropFirst().compactMap { present[$0] }.min()!
                error(.conflictingKeys, path.message("give only one of \(alternatives)"), at: second)
            }
        case .atLeastOne(let keys):
            if keys.allSatisfy({ present[$0] == nil }) {
                error(.missingKey, path.message("give at least one of \(Self.alternatives(keys))"), at: anchor)
            }
        }
    }

    /// `"a" or "b"`, `"a", "b" or "c"`.
    private static func alternatives(_ keys: [String]) -> String {
        let quoted = keys.map { "\"\($0)\"" }
        return quoted.count < 2 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// A misspelt key's suggestion: the field whose AWS member name it is, else the nearest key.
    private static func suggestion(for key: String, in shape: ObjectShape) -> String {
        for field in shape.fields {
            if field.aws?.member.lowercased() == key.lowercased() {
                return "; did you mean \"\(field.key)\"?"
            }
            if case .object(let nested) = field.type,
                let inner = nested.fields.first(where: { $0.aws?.member.lowercased() == key.lowercased() })
            {
                return "; did you mean \"\(field.key).\(inner.key)\"?"
            }
        }
        return Suggestion.hint(for: key, among: shape.fields.map(\.key))
    }

    /// The key of a mapping entry, which must be a string.
    private mutating func stringKey(_ key: Int, at path: ValuePath) -> String? {
        let text = document.keyText(key)
        let type = document.scalarType(key) ?? .null
        guard type == .string else {
            var message = "keys must be strings, found \(type.kindDescription) key"
            if type != .null { message += "; quote it (\"\(text)\")" }
            error(.typeMismatch, path.message(message), at: document.location(key))
            return nil
        }
        return text
    }

    /// Reports a list or map with too few or too many elements.
    private mutating func checkCount(
        _ count: Int, minimum: Int?, maximum: Int?, noun: String, _ node: Int, _ path: ValuePath
    ) {
        let plural = noun == "entry" ? "entries" : "\(noun)s"
        func counted(_ number: Int) -> String { "\(number) \(number == 1 ? noun : plural)" }
        if let minimum, count < minimum {
            error(
                .itemCount, path.message("has \(counted(count)); AWS requires at least \(minimum)"),
                at: document.location(node))
        }
        if let maximum, count > maximum {
            error(
                .itemCount, path.message("has \(counted(count)); AWS allows at most \(maximum)"),
                at: document.location(node))
        }
    }
}

/// The keys an object gives and where: a handful, so a list beats a table.
struct PresentKeys {
    private var keys: [(key: String, location: SourceLocation)] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
    }

    mutating func add(_ key: String, at location: SourceLocation) {
        keys.append((key, location))
    }

    subscript(key: String) -> SourceLocation? {
        keys.first { $0.key == key }?.location
    }
}

/// The values a list has given so far, to find duplicates: scanned while the list is short, in a table
/// once it is long.
struct SeenValues {
    private static let tableThreshold = 16
    private var list: [(value: Value, location: SourceLocation)] = []
    private var table: [Value: SourceLocation]?

    mutating func add(_ value: Value, at location: SourceLocation) {
        if table != nil {
            table?[value] = location
        } else if list.count + 1 >= Self.tableThreshold {
            var table = [value: location]
            for seen in list where table[seen.value] == nil { table[seen.value] = seen.location }
            self.table = table
            list = []
        } else {
            list.append((value, location))
        }
    }

    subscript(value: Value) -> SourceLocation? {
        if let table { return table[value] }
        return list.first { $0.value == value }?.location
    }
}
