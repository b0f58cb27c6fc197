/// An id a resource writes that must name a live resource (`LiveIdentifier`): what it names, the path of the
/// value for messages, and the id where it is written.
public struct LiveIdentifierUse: Sendable, Hashable {
    public var identifier: LiveIdentifier
    /// `connect.prod.securityProfiles.agent.allowedFlowModules[0].flowModuleId`.
    public var path: String
    public var id: Located<String>

    public init(identifier: LiveIdentifier, path: String, id: Located<String>) {
        self.identifier = identifier
        self.path = path
        self.id = id
    }
}

extension Resource {
    /// The ids the resource writes that must name live resources, given the kind's
    /// `shape.liveIdentifierFields`. Only literal, non-empty ids count: a value holding a `${…}` reference
    /// names a resource of the file, and an empty one clears the field.
    public func liveIdentifierUses(
        of fields: [(keys: [String], identifier: LiveIdentifier)]
    ) -> [LiveIdentifierUse] {
        var uses: [LiveIdentifierUse] = []
        for (keys, identifier) in fields {
            guard let first = keys.first, let value = self[field: first] else { continue }
            Self.collect(
                value, keys: keys.dropFirst(), path: "\(address).\(first)", identifier: identifier, into: &uses)
        }
        return uses.sorted { $0.id.location < $1.id.location }
    }

    private static func collect(
        _ value: Located<Value>, keys: ArraySlice<String>, path: String, identifier: LiveIdentifier,
        into uses: inout [LiveIdentifierUse]
    ) {
        switch value.value {
        case .list(let items):
            for (index, item) in items.enumerated() {
                collect(item, keys: keys, path: "\(path)[\(index)]", identifier: identifier, into: &uses)
            }
        case .mapping:
            guard let key = keys.first, let member = value.value[key] else { return }
            collect(member, keys: keys.dropFirst(), path: "\(path).\(key)", identifier: identifier, into: &uses)
        case .string(let template):
            guard keys.isEmpty, let id = template.literal, !id.isEmpty else { return }
            uses.append(LiveIdentifierUse(identifier: identifier, path: path, id: Located(id, at: value.location)))
        case .integer, .boolean, .json:
            return
        }
    }
}
