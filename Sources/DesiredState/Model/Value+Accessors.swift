import AWSModel
public import YAML

extension Value {
    /// The template, if this is a string.
    public var template: Template? {
        if case .string(let template) = self { return template }
        return nil
    }

    /// The text, if this is a string without references.
    public var string: String? { template?.literal }

    /// The number, if this is an integer.
    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The flag, if this is a boolean.
    public var boolean: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// The items, if this is a list.
    public var list: [Located<Value>]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The entries in file order, if this is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = self { return entries }
        return nil
    }

    /// The JSONValue document, if this is one.
    public var json: JSONDocument? {
        if case .json(let document) = self { return document }
        return nil
    }

    /// The value of the entry with this key, if this is a mapping that has one.
    public subscript(key: String) -> Located<Value>? {
        entries?.first { $0.key.value == key }?.value
    }

    /// The items' texts, if this is a list of strings without references.
    public var strings: [String]? {
        guard let list else { return nil }
        let strings = list.compactMap(\.value.string)
        return strings.count == list.count ? strings : nil
    }

    /// The entries as a dictionary of texts, if this is a mapping of strings without references.
    public var stringMap: [String: String]? {
        guard let entries else { return nil }
        var map: [String: String] = [:]
        for entry in entries {
            guard let string = entry.value.value.string else { return nil }
            map[entry.key.value] = string
        }
        return map
    }

    /// Every reference in this value and the values it contains, located where each was written.
    public func references(at location: SourceLocation) -> [Located<Reference>] {
        var found: [Located<Reference>] = []
        collectReferences(at: location, into: &found)
        return found
    }

    /// Appends the references of `references(at:)` to `found`.
    func collectReferences(at location: SourceLocation, into found: inout [Located<Reference>]) {
        switch self {
        case .string(let template):
            for part in template.parts {
                if case .reference(let reference) = part { found.append(Located(reference, at: location)) }
            }
        case .integer, .boolean: break
        case .list(let items):
            for item in items { item.value.collectReferences(at: item.location, into: &found) }
        case .mapping(let entries):
            for entry in entries { entry.value.value.collectReferences(at: entry.value.location, into: &found) }
        case .json(let document): found += document.references
        }
    }
}
