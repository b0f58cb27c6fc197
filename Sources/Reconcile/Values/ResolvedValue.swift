public import AWSModel
public import DesiredState
public import Plan

/// A desired field's value with its references filled in, in the file's terms, or, when a reference
/// points at something not created yet, the value as written with the references it waits for.
public enum ResolvedValue: Sendable, Equatable {
    case known(JSONValue)
    /// `template` holds every string in file syntax (`${…}` references, `$${` escapes); apply resolves them
    /// once the references are known.
    case unknown(template: JSONValue, waitingFor: [Reference])

    /// Fills in `value`'s references from `known`.
    public init(_ value: Value, known: KnownValues) {
        // Most values wait for nothing: those are resolved without making the template.
        if let resolved = Self.resolvedIfKnown(value, known: known) {
            self = .known(resolved)
            return
        }
        var waiting: [Reference] = []
        let template = Self.template(value, known: known, waiting: &waiting)
        var unique: [Reference] = []
        for reference in waiting where !unique.contains(reference) { unique.append(reference) }
        self = .unknown(template: template, waitingFor: unique)
    }

    /// The value resolved, or nil when it holds a reference `known` has no value for.
    private static func resolvedIfKnown(_ value: Value, known: KnownValues) -> JSONValue? {
        switch value {
        case .string(let template):
            if let literal = template.literal { return .string(literal) }
            return template.resolve { known[$0] }.map(JSONValue.string)
        case .integer(let number): return .integer(Int64(number))
        case .boolean(let flag): return .bool(flag)
        case .list(let items):
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard let resolved = resolvedIfKnown(item.value, known: known) else { return nil }
                values.append(resolved)
            }
            return .array(values)
        case .mapping(let entries):
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(entries.count)
            for entry in entries {
                guard let resolved = resolvedIfKnown(entry.value.value, known: known) else { return nil }
                // The first of two equal keys wins.
                if object[entry.key.value] == nil { object[entry.key.value] = resolved }
            }
            return .object(object)
        case .json(let document):
            guard document.references.allSatisfy({ known[$0.value] != nil }) else { return nil }
            return document.resolve { known[$0] } ?? .null
        }
    }

    /// A value whose strings are in file syntax (a `template`), resolved with `known`: known when every
    /// reference in it is.
    public init(template: JSONValue, known: KnownValues) {
        var waiting: [Reference] = []
        for text in template.strings {
            guard case .success(let parsed) = Template.parse(text) else { continue }
            for reference in parsed.references where known[reference] == nil && !waiting.contains(reference) {
                waiting.append(reference)
            }
        }
        guard waiting.isEmpty else {
            self = .unknown(template: template, waitingFor: waiting)
            return
        }
        let resolved = template.mapStrings { text in
            guard case .success(let parsed) = Template.parse(text) else { return text }
            return parsed.resolve { known[$0] }
        }
        self = .known(resolved ?? template)
    }

    /// Each entry of a mapping resolved on its own, so that one entry waiting for a create does not hide what
    /// the others are. Nil when the value is not a mapping.
    public func entries(known: KnownValues) -> [String: ResolvedValue]? {
        switch self {
        case .known(let value): value.objectValue?.mapValues { .known($0) }
        case .unknown(let template, _): template.objectValue?.mapValues { ResolvedValue(template: $0, known: known) }
        }
    }

    /// Each element of a list resolved on its own. Nil when the value is not a list.
    public func elements(known: KnownValues) -> [ResolvedValue]? {
        switch self {
        case .known(let value): value.arrayValue?.map { .known($0) }
        case .unknown(let template, _): template.arrayValue?.map { ResolvedValue(template: $0, known: known) }
        }
    }

    /// The references this value waits for, as plans list them: `${a.id}, ${b.arn}`; nil when it is known.
    public var waitingFor: String? {
        guard case .unknown(_, let references) = self else { return nil }
        return references.map(\.description).joined(separator: ", ")
    }

    /// How a plan shows it.
    public var planValue: PlanValue {
        switch self {
        case .known(let value): .known(value)
        case .unknown(_, let references): .unknown(reference: references.map(\.description).joined(separator: ", "))
        }
    }

    /// The value with strings as written (for unknowns) or resolved (for knowns).
    public var json: JSONValue {
        switch self {
        case .known(let value): value
        case .unknown(let template, _): template
        }
    }

    private static func template(_ value: Value, known: KnownValues, waiting: inout [Reference]) -> JSONValue {
        switch value {
        case .string(let template):
            waiting += template.references.filter { known[$0] == nil }
            return .string(partiallyResolved(template, known: known).description)
        case .integer(let number): return .integer(Int64(number))
        case .boolean(let flag): return .bool(flag)
        case .list(let items): return .array(items.map { template($0.value, known: known, waiting: &waiting) })
        case .mapping(let entries):
            var object: [String: JSONValue] = [:]
            for entry in entries {
                object[entry.key.value] = template(entry.value.value, known: known, waiting: &waiting)
            }
            return .object(object)
        case .json(let document):
            waiting += document.references.map(\.value).filter { known[$0] == nil }
            return document.value.mapStrings { text in
                guard case .success(let template) = Template.parse(text) else { return text }
                return partiallyResolved(template, known: known).description
            } ?? document.value
        }
    }

    /// The template with the references already known filled in, so that only those waiting for apply are
    /// left for it: apply knows only what its own creates return.
    private static func partiallyResolved(_ template: Template, known: KnownValues) -> Template {
        var parts: [Template.Part] = []
        for part in template.parts {
            var part = part
            if case .reference(let reference) = part, let value = known[reference] { part = .literal(value) }
            if case .literal(let text) = part, case .literal(let previous)? = parts.last {
                parts[parts.count - 1] = .literal(previous + text)
            } else {
                parts.append(part)
            }
        }
        return Template(parts: parts)
    }
}
