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

    private var members: Shared<Members>

    /// A stable identifier, also the name of the kind's JSON Schema definition, e.g. `securityProfile`.
    public var id: String {
        get { members.value.id }
        set { update { $0.id = newValue } }
    }
    public var scope: Scope {
        get { members.value.scope }
        set { update { $0.scope = newValue } }
    }
    /// The key of the collection in the file, e.g. `securityProfiles`; also an address component.
    public var collection: String {
        get { members.value.collection }
        set { update { $0.collection = newValue } }
    }
    /// For messages and summaries, e.g. "security profile".
    public var singular: String {
        get { members.value.singular }
        set { update { $0.singular = newValue } }
    }
    /// e.g. "security profiles".
    public var plural: String {
        get { members.value.plural }
        set { update { $0.plural = newValue } }
    }
    /// The AWS structure it corresponds to, e.g. `SecurityProfile`.
    public var awsShape: String {
        get { members.value.awsShape }
        set { update { $0.awsShape = newValue } }
    }
    /// Whether Warden can create it when the file declares one AWS does not have.
    public var canCreate: Bool {
        get { members.value.canCreate }
        set { update { $0.canCreate = newValue } }
    }
    /// Whether Warden can delete it (only when the file opts in with `prune`).
    public var canDelete: Bool {
        get { members.value.canDelete }
        set { update { $0.canDelete = newValue } }
    }
    /// The key of the field naming the resource (matched by name when no identifier is given).
    public var nameField: String {
        get { members.value.nameField }
        set { update { $0.nameField = newValue } }
    }
    /// The key of the field holding the AWS identifier.
    public var identifierField: String {
        get { members.value.identifierField }
        set { update { $0.identifierField = newValue } }
    }
    /// The attributes a `${…}` reference may take from a resource of this kind.
    public var referenceAttributes: [Reference.Attribute] {
        get { members.value.referenceAttributes }
        set { update { $0.referenceAttributes = newValue } }
    }
    /// The fields and cross-field rules.
    public var shape: ObjectShape {
        get { members.value.shape }
        set { update { $0.shape = newValue } }
    }

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

    private mutating func update(_ change: (inout Members) -> Void) {
        var changed = members.value
        change(&changed)
        members = Shared(changed)
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
