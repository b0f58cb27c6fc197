import AWSModel
import YAML

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
        switch self {
        case .string(let template): template.references.map { Located($0, at: location) }
        case .integer, .boolean: []
        case .list(let items): items.flatMap { $0.value.references(at: $0.location) }
        case .mapping(let entries): entries.flatMap { $0.value.value.references(at: $0.value.location) }
        case .json(let document): document.references
        }
    }
}
