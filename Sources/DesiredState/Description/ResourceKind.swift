/// A kind of resource Warden manages, described entirely as data: where it lives in the file, its fields
/// and what AWS lets Warden do with it. Decoding, validation, references, the JSON Schema (and the planner)
/// are generic over these descriptions; a new kind is one file plus a line in `ResourceKind.all`.
public struct ResourceKind: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// Where resources of a kind are declared.
    public enum Scope: String, Sendable, Hashable {
        /// Under `connect.<instance>.<collection>`.
        case connectInstance
        /// Under `rolesAnywhere.<collection>`.
        case rolesAnywhere
    }

    /// A stable identifier, also the name of the kind's JSON Schema definition, e.g. `securityProfile`.
    public var id: String
    public var scope: Scope
    /// The key of the collection in the file, e.g. `securityProfiles`; also an address component.
    public var collection: String
    /// For messages and summaries, e.g. "security profile".
    public var singular: String
    /// e.g. "security profiles".
    public var plural: String
    /// The AWS structure it corresponds to, e.g. `SecurityProfile`.
    public var awsShape: String
    /// Whether Warden can create it when the file declares one AWS does not have.
    public var canCreate: Bool
    /// Whether Warden can delete it (only when the file opts in with `prune`).
    public var canDelete: Bool
    /// The key of the field naming the resource (matched by name when no identifier is given).
    public var nameField: String
    /// The key of the field holding the AWS identifier.
    public var identifierField: String
    /// The attributes a `${…}` reference may take from a resource of this kind.
    public var referenceAttributes: [Reference.Attribute]
    /// The fields and cross-field rules.
    public var shape: ObjectShape

    public init(
        id: String, scope: Scope, collection: String, singular: String, plural: String, awsShape: String,
        canCreate: Bool, canDelete: Bool, nameField: String = "name", identifierField: String = "id",
        referenceAttributes: [Reference.Attribute] = [.arn, .id], shape: ObjectShape
    ) {
        self.id = id
        self.scope = scope
        self.collection = collection
        self.singular = singular
        self.plural = plural
        self.awsShape = awsShape
        self.canCreate = canCreate
        self.canDelete = canDelete
        self.nameField = nameField
        self.identifierField = identifierField
        self.referenceAttributes = referenceAttributes
        self.shape = shape
    }

    public var fields: [FieldDescription] { shape.fields }

    /// The field with this key.
    public func field(_ key: String) -> FieldDescription? { shape.field(key) }

    /// Kinds are identified by `id`.
    public static func == (lhs: ResourceKind, rhs: ResourceKind) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public var description: String { id }

    /// Every kind Warden manages, in the order they appear in files, schemas and summaries.
    public static let all: [ResourceKind] = [
        .authenticationProfile,
        .securityProfile,
        .rolesAnywhereProfile,
    ]

    /// The kinds declared in `scope`.
    public static func kinds(in scope: Scope) -> [ResourceKind] {
        all.filter { $0.scope == scope }
    }

    /// The kind with this identifier.
    public static func named(_ id: String) -> ResourceKind? {
        all.first { $0.id == id }
    }
}
