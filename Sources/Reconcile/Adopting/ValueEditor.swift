import AWSModel
import DesiredState
import Plan
import YAML

/// Rewrites one field's value in the text so that it holds the live value, touching only what differs: a
/// scalar's bytes, the items of a set and the entries of a mapping that come or go, each element of a keyed
/// list and each part of a structure on its own. Compares as the planner does (sets as sets, keyed lists by
/// key, JSON as JSON), with references resolved to what they point at.
///
/// Refuses (throws) rather than guess: a value to change that comes from a variable, a reference or an
/// alias, a field AWS reports nothing for, a layout it cannot edit. The caller then drops every edit of the
/// field. A value written with a variable that does not change compares as what the variable stands for, so
/// the entries around it can still be adopted.
struct ValueEditor {
    let layout: SourceLayout
    let known: KnownValues
    /// Anchors some alias uses: editing under one would change the alias too.
    let aliased: Set<String>
    /// The values of the variables the report was made with, by name; sensitive ones are absent (their value is
    /// not in the report), so what uses them is never taken for unchanged.
    let variables: [String: JSONValue]
    private(set) var edits: [TextEdit] = []

    init(layout: SourceLayout, known: KnownValues, aliased: Set<String>, variables: [String: JSONValue] = [:]) {
        self.layout = layout
        self.known = known
        self.aliased = aliased
        self.variables = variables
    }

    /// Why a value cannot be adopted, and where in the field.
    struct Refusal: Error {
        var reason: NotAdopted.Reason
        var path: String
    }

    /// Where a value sits: whether it is shared with an alias, inside a flow collection, and where a new
    /// value could be written in its place on its key's or dash's line (block parents).
    struct Context {
        var path: String
        var shared = false
        var inFlow = false
        var slot: Int?
    }

    // MARK: Fields

    /// Makes `node` (a value of `type`, compared by `comparison`) hold `live`.
    mutating func adopt(
        _ node: SourceNode, _ type: ValueType, _ comparison: Comparison, live: JSONValue?, _ context: Context
    ) throws(Refusal) {
        // A whole list or mapping given by one variable (`permissions: "${var.perms}"`).
        if node.scalar != nil && comparison != .scalar && Self.containsVariable(layout.bytes[node.span]) {
            throw Refusal(reason: .variable, path: context.path)
        }
        switch comparison {
        case .scalar: try scalar(node, type, live: live, context)
        case .set: try set(node, type, live: live, context)
        case .map(let values): try map(node, type, values, live: live, context)
        case .keyedList(let key): try keyedList(node, type, key: key, live: live, context)
        case .structure: try structure(node, type, live: live, context)
        case .json: try json(node, live: live, context)
        }
    }

    private mutating func scalar(_ node: SourceNode, _ type: ValueType, live: JSONValue?, _ context: Context)
        throws(Refusal)
    {
        if let desired = desiredValue(node, type), desired == live { return }
        guard let live else { throw Refusal(reason: .noLiveValue, path: context.path) }
        try checkEditable(node, context)
        edits.append(try replacement(of: node, with: ImportedFile.node(live, type), context))
    }

    private mutating func set(_ node: SourceNode, _ type: ValueType, live: JSONValue?, _ context: Context)
        throws(Refusal)
    {
        guard case .list(let rule) = type, let items = node.items else {
            throw Refusal(reason: .layout("not written as a list"), path: context.path)
        }
        let liveItems = live?.arrayValue ?? []
        let liveSet = Set(liveItems)
        var kept: Set<JSONValue> = []
        var removed: [Int] = []
        for (index, item) in items.enumerated() {
            if let value = desiredValue(item, rule.element), liveSet.contains(value), kept.insert(value).inserted {
                continue
            }
            removed.append(index)
        }
        var seen = kept
        let added = liveItems.filter { seen.insert($0).inserted }
        guard !removed.isEmpty || !added.isEmpty else { return }
        for index in removed { try checkEditable(items[index], child(items[index], of: node, context)) }
        try checkUnshared(node, context)
        edits += try collectionEdits(
            node, removed: removed, appending: .items(added.map { ImportedFile.node($0, rule.element) }), context)
    }

    private mutating func map(
        _ node: SourceNode, _ type: ValueType, _ values: Comparison, live: JSONValue?, _ context: Context
    ) throws(Refusal) {
        guard case .map(let rule) = type, let entries = node.entries else {
            throw Refusal(reason: .layout("not written as a mapping"), path: context.path)
        }
        let liveEntries = live?.objectValue ?? [:]
        var present: Set<String> = []
        var removed: [Int] = []
        for (index, entry) in entries.enumerated() {
            let key = entry.key.scalar?.value ?? ""
            present.insert(key)
            var inner = child(entry.value, of: node, context, key: entry.key)
            inner.path += "." + key
            if let value = liveEntries[key] {
                try adopt(entry.value, rule.value, values, live: value, inner)
            } else {
                try checkEditable(entry.value, inner)
                removed.append(index)
            }
        }
        let added = liveEntries.keys.filter { !present.contains($0) }.sorted()
        guard !removed.isEmpty || !added.isEmpty else { return }
        try checkUnshared(node, context)
        edits += try collectionEdits(
            node, removed: removed,
            appending: .entries(added.map { ($0, ImportedFile.node(liveEntries[$0]!, rule.value)) }), context)
    }

    private mutating func keyedList(
        _ node: SourceNode, _ type: ValueType, key: String, live: JSONValue?, _ context: Context
    ) throws(Refusal) {
        guard case .list(let rule) = type, case .object(let shape) = rule.element, let items = node.items,
            let keyField = shape.field(key)
        else {
            throw Refusal(reason: .layout("not written as a list"), path: context.path)
        }
        let liveItems = live?.arrayValue ?? []
        var liveByKey: [String: JSONValue] = [:]
        for item in liveItems {
            if let name = item[key]?.stringValue, liveByKey[name] == nil { liveByKey[name] = item }
        }
        var present: Set<String> = []
        var removed: [Int] = []
        for (index, item) in items.enumerated() {
            let inner = child(item, of: node, context)
            if let keyNode = item[key], let name = desiredValue(keyNode, keyField.type)?.stringValue,
                let value = liveByKey[name], present.insert(name).inserted
            {
                var element = inner
                element.path += "[\(name)]"
                try structure(item, rule.element, live: value, element)
            } else {
                try checkEditable(item, inner)
                removed.append(index)
            }
        }
        var seen = present
        let added = liveItems.filter { ($0[key]?.stringValue).map { seen.insert($0).inserted } ?? false }
        guard !removed.isEmpty || !added.isEmpty else { return }
        try checkUnshared(node, context)
        edits += try collectionEdits(
            node, removed: removed, appending: .items(added.map { ImportedFile.node($0, rule.element) }), context)
    }

    /// An object: each part the file writes, on its own. Parts the file leaves out are not managed.
    private mutating func structure(_ node: SourceNode, _ type: ValueType, live: JSONValue?, _ context: Context)
        throws(Refusal)
    {
        guard case .object(let shape) = type, let entries = node.entries else {
            throw Refusal(reason: .layout("not written as a mapping"), path: context.path)
        }
        for entry in entries {
            guard let key = entry.key.scalar?.value, let field = shape.field(key) else { continue }
            var inner = child(entry.value, of: node, context, key: entry.key)
            inner.path += "." + key
            let member = live?[key].flatMap { $0 == .null ? nil : $0 } ?? Planner.emptyValue(of: field)
            try adopt(entry.value, field.type, field.comparison, live: member, inner)
        }
    }

    /// A JSON document: a string of JSON is rewritten whole; a mapping is edited part by part (objects by key,
    /// arrays of the same length item by item, anything else replaced).
    private mutating func json(_ node: SourceNode, live: JSONValue?, _ context: Context) throws(Refusal) {
        if let desired = desiredJSON(node, topLevel: true), desired == live { return }
        guard let live else { throw Refusal(reason: .noLiveValue, path: context.path) }
        guard node.scalar == nil else {
            try checkEditable(node, context)
            let text = (live.mapStrings { Template.source(forLiteral: $0) } ?? live).serialized()
            edits.append(try replacement(of: node, with: .string(text), context))
            return
        }
        try jsonPart(node, live: live, context)
    }

    private mutating func jsonPart(_ node: SourceNode, live: JSONValue, _ context: Context) throws(Refusal) {
        if let desired = desiredJSON(node, topLevel: false), desired == live { return }
        switch (node.content, live) {
        case (.mapping(let entries), .object(let members)):
            var present: Set<String> = []
            var removed: [Int] = []
            for (index, entry) in entries.enumerated() {
                let key = entry.key.scalar?.value ?? ""
                present.insert(key)
                var inner = child(entry.value, of: node, context, key: entry.key)
                inner.path += "." + key
                if let member = members[key] {
                    try jsonPart(entry.value, live: member, inner)
                } else {
                    try checkEditable(entry.value, inner)
                    removed.append(index)
                }
            }
            let added = members.keys.filter { !present.contains($0) }.sorted()
            guard !removed.isEmpty || !added.isEmpty else { return }
            try checkUnshared(node, context)
            do throws(Refusal) {
                edits += try collectionEdits(
                    node, removed: removed,
                    appending: .entries(added.map { ($0, ImportedFile.json(members[$0]!)) }), context)
            } catch {
                // A layout too tangled to edit entry by entry: the whole mapping is written again.
                try checkEditable(node, context)
                edits.append(try replacement(of: node, with: ImportedFile.json(live), context))
            }
        case (.sequence(let items), .array(let elements)) where items.count == elements.count:
            for (index, item) in items.enumerated() {
                var inner = child(item, of: node, context)
                inner.path += "[\(index)]"
                try jsonPart(item, live: elements[index], inner)
            }
        default:
            try checkEditable(node, context)
            edits.append(try replacement(of: node, with: ImportedFile.json(live), context))
        }
    }

    // MARK: What the file says

    /// The value `node` declares for `type`, references resolved; nil when a reference is not known yet or the
    /// node does not fit the type.
    func desiredValue(_ node: SourceNode, _ type: ValueType) -> JSONValue? {
        switch type {
        case .string(let rule):
            guard let scalar = node.scalar else { return nil }
            let text: String
            switch written(scalar) {
            case .text(let substituted): text = substituted
            case .value(let value): text = value.stringValue ?? ""
            case .unknown: return nil
            }
            guard rule.allowsReferences else { return .string(Template.unescaping(text)) }
            return resolved(text).map(JSONValue.string)
        case .integer:
            guard let scalar = node.scalar else { return nil }
            if case .value(let value) = written(scalar) { return value.integerValue.map(JSONValue.integer) }
            return scalar.intValue.map { .integer(Int64($0)) }
        case .boolean:
            guard let scalar = node.scalar else { return nil }
            if case .value(let value) = written(scalar) { return value.boolValue.map(JSONValue.bool) }
            return scalar.boolValue.map(JSONValue.bool)
        case .list(let rule):
            guard let items = node.items else { return nil }
            var values: [JSONValue] = []
            for item in items {
                guard let value = desiredValue(item, rule.element) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .map(let rule):
            guard let entries = node.entries else { return nil }
            var members: [String: JSONValue] = [:]
            for entry in entries {
                guard let key = entry.key.scalar?.value, let value = desiredValue(entry.value, rule.value) else {
                    return nil
                }
                members[key] = value
            }
            return .object(members)
        case .object(let shape):
            guard let entries = node.entries else { return nil }
            var members: [String: JSONValue] = [:]
            for entry in entries {
                guard let key = entry.key.scalar?.value, let field = shape.field(key),
                    let value = desiredValue(entry.value, field.type)
                else { return nil }
                members[key] = value
            }
            return .object(members)
        case .jsonObject:
            return desiredJSON(node, topLevel: true)
        case .collection, .anything, .variables:
            return nil
        }
    }

    /// A JSON document as the loader reads it: a string of JSON (at the top), or YAML whose scalars keep their
    /// core-schema types; strings with references resolved.
    private func desiredJSON(_ node: SourceNode, topLevel: Bool) -> JSONValue? {
        switch node.content {
        case .scalar(let scalar):
            if topLevel {
                guard scalar.type == .string, let parsed = try? JSONValue(parsing: scalar.value) else { return nil }
                return parsed.mapStrings { resolved($0) }
            }
            switch scalar.type {
            case .null: return .null
            case .bool: return scalar.boolValue.map(JSONValue.bool)
            case .int: return scalar.intValue.map { .integer(Int64($0)) }
            case .float: return scalar.doubleValue.map(JSONValue.double)
            case .string:
                switch written(scalar) {
                case .text(let text): return resolved(text).map(JSONValue.string)
                case .value(let value): return value
                case .unknown: return nil
                }
            }
        case .sequence(let items):
            var values: [JSONValue] = []
            for item in items {
                guard let value = desiredJSON(item, topLevel: false) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .mapping(let entries):
            var members: [String: JSONValue] = [:]
            for entry in entries {
                guard let key = entry.key.scalar?.value, let value = desiredJSON(entry.value, topLevel: false) else {
                    return nil
                }
                members[key] = value
            }
            return .object(members)
        }
    }

    /// What a scalar says once its variables are written in.
    enum Written {
        /// The text, with the values of the variables it uses written into it (or none used).
        case text(String)
        /// Exactly one variable's value, of its own type.
        case value(JSONValue)
        /// A variable without a value here (a sensitive one), or one that cannot be written into text.
        case unknown
    }

    /// The scalar's text with the values of its variables written in, as loading the file does.
    func written(_ scalar: Scalar) -> Written {
        guard scalar.type == .string, VariableText.mayUse(scalar.value) else { return .text(scalar.value) }
        switch VariableText.parse(scalar.value) {
        case .none: return .text(scalar.value)
        case .invalid: return .unknown
        case .exact(let name): return variables[name].map(Written.value) ?? .unknown
        case .interpolated(let pieces):
            var text = ""
            for piece in pieces {
                switch piece {
                case .text(let part): text += part
                case .variable(let name):
                    switch variables[name] {
                    case .string(let value)?: text += value
                    case .integer(let value)?: text += String(value)
                    default: return .unknown
                    }
                }
            }
            return .text(text)
        }
    }

    /// A string with its references resolved and `$${` unescaped; nil when a reference is not known.
    private func resolved(_ text: String) -> String? {
        guard case .success(let template) = Template.parse(text) else { return nil }
        return template.resolve { known[$0] }
    }

    // MARK: What may be edited

    /// The context of a node inside `parent`, written after `key` for a mapping's value.
    private func child(_ node: SourceNode, of parent: SourceNode, _ context: Context, key: SourceNode? = nil)
        -> Context
    {
        var inner = context
        inner.shared = context.shared || isShared(parent)
        inner.inFlow = context.inFlow || parent.collectionStyle == .flow
        if inner.inFlow {
            inner.slot = nil
        } else if let key {
            inner.slot = layout.afterColon(key.span.upperBound)
        } else {
            inner.slot = layout.dash(before: node.span.lowerBound).map { $0 + 1 }
        }
        return inner
    }

    private func isShared(_ node: SourceNode) -> Bool {
        node.alias != nil || node.anchor.map(aliased.contains) == true
    }

    /// Refuses a change to a value written with a variable, a reference or an alias (anywhere under `node`).
    private func checkEditable(_ node: SourceNode, _ context: Context) throws(Refusal) {
        if Self.containsVariable(layout.bytes[node.span]) { throw Refusal(reason: .variable, path: context.path) }
        if containsReference(node) { throw Refusal(reason: .reference, path: context.path) }
        if context.shared || containsShared(node) { throw Refusal(reason: .alias, path: context.path) }
    }

    /// Refuses adding to or removing from a collection that an alias shares.
    private func checkUnshared(_ node: SourceNode, _ context: Context) throws(Refusal) {
        if context.shared || isShared(node) { throw Refusal(reason: .alias, path: context.path) }
    }

    private func containsShared(_ node: SourceNode) -> Bool {
        if isShared(node) { return true }
        switch node.content {
        case .scalar: return false
        case .sequence(let items): return items.contains(where: containsShared)
        case .mapping(let entries): return entries.contains { containsShared($0.value) }
        }
    }

    private func containsReference(_ node: SourceNode) -> Bool {
        switch node.content {
        case .scalar(let scalar):
            guard scalar.type == .string, scalar.value.contains("${") else { return false }
            guard case .success(let template) = Template.parse(scalar.value) else { return true }
            return !template.references.isEmpty
        case .sequence(let items): return items.contains(where: containsReference)
        case .mapping(let entries): return entries.contains { containsReference($0.value) }
        }
    }

    /// Whether the source text holds `${var.` that is not escaped as `$${var.`.
    static func containsVariable(_ bytes: ArraySlice<UInt8>) -> Bool {
        let marker = Array("${var.".utf8)
        guard bytes.count >= marker.count else { return false }
        var index = bytes.startIndex
        while index + marker.count <= bytes.endIndex {
            if bytes[index..<(index + marker.count)].elementsEqual(marker)
                && (index == bytes.startIndex || bytes[index - 1] != UInt8(ascii: "$"))
            {
                return true
            }
            index += 1
        }
        return false
    }

    // MARK: Writing

    /// The edit that writes `block` in place of `node`. A scalar keeps its quoting where the new text allows;
    /// a flow collection is written in flow style; a block collection in block style at its indentation, or
    /// (when it becomes empty or a scalar) inline after its key or dash.
    func replacement(of node: SourceNode, with block: YAMLBlock, _ context: Context) throws(Refusal) -> TextEdit {
        if let scalar = node.scalar {
            let end =
                scalar.style == .literal || scalar.style == .folded ? layout.contentEnd(node) : node.span.upperBound
            return TextEdit(range: node.textStart..<end, replacement: text(block, style: scalar.style, context))
        }
        if node.collectionStyle == .flow {
            return TextEdit(range: node.textSpan, replacement: Self.flow(block).inline(inFlow: context.inFlow))
        }
        let end = layout.contentEnd(node)
        switch (block, node.content) {
        case (.sequence(let items), .sequence) where !items.isEmpty:
            return TextEdit(range: node.textStart..<end, replacement: indented(block, at: node.textStart))
        case (.mapping(let entries), .mapping) where !entries.isEmpty:
            return TextEdit(range: node.textStart..<end, replacement: indented(block, at: node.textStart))
        default:
            guard let slot = context.slot else {
                throw Refusal(reason: .layout("written in a way adopt does not edit"), path: context.path)
            }
            return TextEdit(range: slot..<end, replacement: " " + Self.flow(block).inline(inFlow: false))
        }
    }

    /// `block`'s lines at the indentation of `offset`, the first without it (it replaces text that starts there).
    private func indented(_ block: YAMLBlock, at offset: Int) -> String {
        let indent = layout.column(offset)
        var lines = block.lines(indent: indent)
        lines[0] = String(lines[0].dropFirst(indent))
        return lines.joined(separator: layout.newline)
    }

    /// A scalar's new text in the style the file wrote the old one: plain when it reads back the same, single
    /// or double quotes as before when they can hold it, otherwise as `warden import` writes it.
    private func text(_ block: YAMLBlock, style: ScalarStyle, _ context: Context) -> String {
        guard case .string(let value) = block else { return Self.flow(block).inline(inFlow: context.inFlow) }
        switch style {
        case .singleQuoted where value.unicodeScalars.allSatisfy(Self.isSingleQuotable):
            return "'" + value.replacing("'", with: "''") + "'"
        case .doubleQuoted:
            return YAMLScalar.doubleQuoted(value)
        default:
            return YAMLScalar.string(value, inFlow: context.inFlow)
        }
    }

    private static func isSingleQuotable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value)
            && scalar != "\u{FEFF}" && scalar != "\u{2028}" && scalar != "\u{2029}"
    }

    /// A collection as a flow collection (a scalar as it is).
    private static func flow(_ block: YAMLBlock) -> YAMLBlock {
        switch block {
        case .sequence, .mapping: .flow(block)
        default: block
        }
    }

    /// What is appended to a collection.
    enum Appended {
        case items([YAMLBlock])
        case entries([(key: String, value: YAMLBlock)])

        var isEmpty: Bool {
            switch self {
            case .items(let items): items.isEmpty
            case .entries(let entries): entries.isEmpty
            }
        }
    }

    /// The edits that remove the children at `removed` (with their lines, comments on them included) and
    /// append new ones after the last, in the collection's own style and indentation.
    func collectionEdits(_ node: SourceNode, removed: [Int], appending appended: Appended, _ context: Context)
        throws(Refusal) -> [TextEdit]
    {
        // Each child as (where it starts, where it ends): an item with its `-` in block style, an entry from
        // its key to the end of its value.
        let children: [(start: Int, end: Int)]
        switch node.content {
        case .sequence(let items):
            children = items.map { item in
                let start =
                    node.collectionStyle == .flow
                    ? item.span.lowerBound
                    : layout.dash(before: item.span.lowerBound)
                        ?? item.span.lowerBound
                return (start, node.collectionStyle == .flow ? item.span.upperBound : layout.contentEnd(item))
            }
        case .mapping(let entries):
            children = entries.map { entry in
                let end = node.collectionStyle == .flow ? entry.value.span.upperBound : layout.contentEnd(entry.value)
                return (entry.key.span.lowerBound, end)
            }
        case .scalar:
            throw Refusal(reason: .layout("not written as a collection"), path: context.path)
        }
        let isSequence = node.items != nil
        let removing = Set(removed)
        if node.collectionStyle == .flow {
            return flowEdits(node, children, removing, appended)
        }
        if removing.count == children.count && appended.isEmpty {
            guard let slot = context.slot else {
                throw Refusal(reason: .layout("written in a way adopt does not edit"), path: context.path)
            }
            return [TextEdit(range: slot..<layout.contentEnd(node), replacement: isSequence ? " []" : " {}")]
        }
        var edits: [TextEdit] = []
        for index in removed.sorted() {
            let (start, end) = children[index]
            let lineStart = layout.lineStart(start)
            guard layout.isBlank(lineStart..<start) else {
                throw Refusal(reason: .layout("written in a way adopt does not edit"), path: context.path)
            }
            edits.append(TextEdit(range: lineStart..<layout.nextLineStart(end), replacement: ""))
        }
        if !appended.isEmpty, let last = children.last, let first = children.first {
            let indent = layout.column(first.start)
            let lines =
                switch appended {
                case .items(let items): YAMLBlock.sequence(items).lines(indent: indent)
                case .entries(let entries):
                    YAMLBlock.mapping(entries.map { .pair(key: YAMLScalar.string($0.key), value: $0.value) })
                        .lines(indent: indent)
                }
            let at = layout.nextLineStart(last.end)
            edits.append(TextEdit(range: at..<at, replacement: layout.insertion(lines, at: at)))
        }
        return edits
    }

    private func flowEdits(
        _ node: SourceNode, _ children: [(start: Int, end: Int)], _ removing: Set<Int>, _ appended: Appended
    ) -> [TextEdit] {
        let texts: [String] =
            switch appended {
            case .items(let items): items.map { $0.inline(inFlow: true) }
            case .entries(let entries):
                entries.map { YAMLScalar.string($0.key, inFlow: true) + ": " + $0.value.inline(inFlow: true) }
            }
        let count = children.count
        if count > 0 && removing.count == count {
            return [
                TextEdit(range: children[0].start..<children[count - 1].end, replacement: texts.joined(separator: ", "))
            ]
        }
        var edits: [TextEdit] = []
        // The removed children after the last kept one go with the separator before them; the others with the
        // separator after them.
        var trailing = count
        while trailing > 0 && removing.contains(trailing - 1) { trailing -= 1 }
        for index in removing.sorted() where index < trailing {
            edits.append(TextEdit(range: children[index].start..<children[index + 1].start, replacement: ""))
        }
        if trailing < count {
            edits.append(TextEdit(range: children[trailing - 1].end..<children[count - 1].end, replacement: ""))
        }
        if !texts.isEmpty {
            if let last = children.last {
                edits.append(TextEdit(range: last.end..<last.end, replacement: ", " + texts.joined(separator: ", ")))
            } else {
                let close = node.span.upperBound - 1
                edits.append(TextEdit(range: close..<close, replacement: texts.joined(separator: ", ")))
            }
        }
        return edits
    }
}
