/// A kind of resource Warden manages, described entirely as data: where it lives in the file, its fields
/// and what AWS lets Warden do with it. Decoding, validation, references and the JSON Schema are generic
/// over these descriptions (given to them as a `FileLayout`). Each kind's description lives with its
/// behaviour in its own folder under `Sources/Reconcile/Kinds`; `Sources/Reconcile/README.md` says how to
/// add one.
public struct ResourceKind: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// Where resources of a kind are declared.
    public enum Scope: String, Sendable, Hashable {
        /// Under `connect.<instance>.<collection>`.
        case connectInstance
        /// Under `rolesAnywhere.<collection>`.
        case rolesAnywhere
    }

    private struct Members: Sendable {
        var id: String
        var scope: Scope
        var collection: String
        var singular: String
        var plural: String
        var awsShape: String
        var canCreate: Bool
        var canDelete: Bool
        var nameField: String
        var identifierField: String
        var referenceAttributes: [Reference.Attribute]
        var shape: ObjectShape
    }

    private let members: Shared<Members>

    /// A stable identifier, also the name of the kind's JSON Schema definition, e.g. `securityProfile`.
    public var id: String { members.value.id }
    public var scope: Scope { members.value.scope }
    /// The key of the collection in the file, e.g. `securityProfiles`; also an address component.
    public var collection: String { members.value.collection }
    /// For messages and summaries, e.g. "security profile".
    public var singular: String { members.value.singular }
    /// e.g. "security profiles".
    public var plural: String { members.value.plural }
    /// The AWS structure it corresponds to, e.g. `SecurityProfile`.
    public var awsShape: String { members.value.awsShape }
    /// Whether Warden can create it when the file declares one AWS does not have.
    public var canCreate: Bool { members.value.canCreate }
    /// Whether Warden can delete it (only when the file opts in with `prune`).
    public var canDelete: Bool { members.value.canDelete }
    /// The key of the field naming the resource (matched by name when no identifier is given).
    public var nameField: String { members.value.nameField }
    /// The key of the field holding the AWS identifier.
    public var identifierField: String { members.value.identifierField }
    /// The attributes a `${…}` reference may take from a resource of this kind.
    public var referenceAttributes: [Reference.Attribute] { members.value.referenceAttributes }
    /// The fields and cross-field rules.
    public var shape: ObjectShape { members.value.shape }

    public init(
        id: String, scope: Scope, collection: String, singular: String, plural: String, awsShape: String,
        canCreate: Bool, canDelete: Bool, nameField: String = "name", identifierField: String = "id",
        referenceAttributes: [Reference.Attribute] = [.arn, .id], shape: ObjectShape
    ) {
        members = Shared(
            Members(
                id: id, scope: scope, collection: collection, singular: singular, plural: plural, awsShape: awsShape,
                canCreate: canCreate, canDelete: canDelete, nameField: nameField, identifierField: identifierField,
                referenceAttributes: referenceAttributes, shape: shape))
    }

    public var fields: [FieldDescription] { members.value.shape.fields }

    /// The field with this key.
    public func field(_ key: String) -> FieldDescription? { members.value.shape.field(key) }

    /// Kinds are identified by `id`.
    public static func == (lhs: ResourceKind, rhs: ResourceKind) -> Bool {
        lhs.members === rhs.members || lhs.id == rhs.id
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public var description: String { id }
}
