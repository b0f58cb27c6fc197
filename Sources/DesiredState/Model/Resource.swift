public import YAML

/// One declared resource: its kind, address, and the fields the file sets (absent fields are not
/// managed), each with its location.
public struct Resource: Sendable, Hashable {
    public var kind: ResourceKind
    public var address: Address
    /// The logical name (the key under the collection).
    public var key: String
    /// The logical name of its Connect instance, for Connect kinds.
    public var instance: String?
    /// Where the resource's key is written.
    public var location: SourceLocation
    /// The fields the file sets, in file order.
    public var fields: [Value.Entry]

    public init(
        kind: ResourceKind, key: String, instance: String?, location: SourceLocation, fields: [Value.Entry]
    ) {
        self.kind = kind
        self.address = .resource(kind, instance: instance, key: key)
        self.key = key
        self.instance = instance
        self.location = location
        self.fields = fields
    }

    /// The value of a field, if the file sets it.
    public subscript(field key: String) -> Located<Value>? {
        fields.first { $0.key.value == key }?.value
    }

    /// Where a field's key is written, if the file sets it.
    public func keyLocation(of key: String) -> SourceLocation? {
        fields.first { $0.key.value == key }?.key.location
    }

    /// The name the file gives the resource, if any.
    public var name: Located<String>? {
        self[field: kind.nameField].flatMap { field in field.value.string.map { Located($0, at: field.location) } }
    }

    /// The AWS identifier the file gives the resource, if any.
    public var identifier: Located<String>? {
        self[field: kind.identifierField].flatMap { field in
            field.value.string.map { Located($0, at: field.location) }
        }
    }

    /// The file keys the resource manages: the fields it sets, less those that only identify it, in the kind's
    /// order. Plans carry them so that apply re-reads exactly these.
    public var managedFields: [String] {
        let declared = fields.map(\.key.value)
        return kind.fields.compactMap { field in
            !field.isIdentifier && declared.contains(field.key) ? field.key : nil
        }
    }

    /// Every reference in the resource's fields, located where each is written.
    public var references: [Located<Reference>] {
        var found: [Located<Reference>] = []
        for field in fields { field.value.value.collectReferences(at: field.value.location, into: &found) }
        return found
    }
}
