/// Typed reads of a resource's fields. Each returns `nil` when the file does not set the field (the field is
/// not managed) or holds another type.
extension Resource {
    /// A string field, references included.
    public func template(_ key: String) -> Template? { self[field: key]?.value.template }

    /// A string field without references.
    public func string(_ key: String) -> String? { self[field: key]?.value.string }

    public func integer(_ key: String) -> Int? { self[field: key]?.value.integer }

    public func boolean(_ key: String) -> Bool? { self[field: key]?.value.boolean }

    /// A list of strings (an empty list is `[]`, not `nil`).
    public func templates(_ key: String) -> [Template]? { self[field: key]?.value.templates }

    /// A mapping of strings, such as tags (an empty mapping is `[:]`, not `nil`).
    public func templateMap(_ key: String) -> [String: Template]? { self[field: key]?.value.templateMap }

    public func json(_ key: String) -> JSONDocument? { self[field: key]?.value.json }
}

extension Value {
    /// The items' templates, if this is a list of strings.
    public var templates: [Template]? {
        guard let list else { return nil }
        let templates = list.compactMap(\.value.template)
        return templates.count == list.count ? templates : nil
    }

    /// The entries' templates by key, if this is a mapping of strings.
    public var templateMap: [String: Template]? {
        guard let entries else { return nil }
        var map: [String: Template] = [:]
        for entry in entries {
            guard let template = entry.value.value.template else { return nil }
            map[entry.key.value] = template
        }
        return map
    }
}
