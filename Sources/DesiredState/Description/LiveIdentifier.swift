/// What a string field holds when it must be the id of something that already exists where the resource
/// lives (a hierarchy group or a flow module of its Connect instance), which the file cannot declare. Plan
/// checks each such id the file writes literally against one paginated List per scope and collection, made
/// only when some resource there writes one; `validate`, offline, cannot.
public struct LiveIdentifier: Sendable, Hashable {
    /// The collection's name in progress lines and addresses (`hierarchyGroups`).
    public var collection: String
    /// For messages, e.g. "hierarchy group".
    public var singular: String
    /// e.g. "hierarchy groups".
    public var plural: String
    /// The paginated List operation of the resource kind's service that lists the collection in the
    /// resource's scope (its items carry `Id` and `Name`, as Connect's summaries do).
    public var listOperation: String

    public init(collection: String, singular: String, plural: String, listOperation: String) {
        self.collection = collection
        self.singular = singular
        self.plural = plural
        self.listOperation = listOperation
    }
}

extension ObjectShape {
    /// Every string field, at any depth, whose value must name a live resource: the keys leading to it
    /// (lists of objects are crossed without a key: each item holds the rest of the path) and what it names.
    public var liveIdentifierFields: [(keys: [String], identifier: LiveIdentifier)] {
        var found: [(keys: [String], identifier: LiveIdentifier)] = []
        for field in fields {
            for (keys, identifier) in Self.liveIdentifiers(in: field.type) {
                found.append(([field.key] + keys, identifier))
            }
        }
        return found
    }

    private static func liveIdentifiers(in type: ValueType) -> [(keys: [String], identifier: LiveIdentifier)] {
        switch type {
        case .string(let rule): rule.liveIdentifier.map { [([], $0)] } ?? []
        case .list(let rule): liveIdentifiers(in: rule.element)
        case .object(let shape): shape.liveIdentifierFields
        case .integer, .boolean, .map, .jsonObject, .collection, .anything, .variables: []
        }
    }
}
