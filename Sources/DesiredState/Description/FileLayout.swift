/// The shape of the whole desired-state file: the file-level settings, Connect instances and the Roles
/// Anywhere section, with one collection per resource kind in each scope. The kinds are given, not known
/// here: they live with their behaviour, each in its own folder (`Sources/Reconcile/Kinds`), and one list
/// there makes the layout every command reads files with.
public struct FileLayout: Sendable {
    /// The only file format version this Warden reads.
    public static let version = 1

    /// Every kind, in the order they appear in files, schemas and summaries.
    public let kinds: [ResourceKind]
    /// The top level of the file.
    public let root: ObjectShape
    /// One Amazon Connect instance and the resources Warden manages in it.
    public let connectInstance: ObjectShape
    /// The IAM Roles Anywhere resources of the account.
    public let rolesAnywhere: ObjectShape

    public init(kinds: [ResourceKind]) {
        self.kinds = kinds
        connectInstance = Self.connectInstance(kinds)
        rolesAnywhere = Self.rolesAnywhere(kinds)
        root = Self.root(connectInstance: connectInstance, rolesAnywhere: rolesAnywhere)
    }

    /// The kinds declared in `scope`.
    public func kinds(in scope: ResourceKind.Scope) -> [ResourceKind] {
        kinds.filter { $0.scope == scope }
    }

    /// The kind with this identifier.
    public func kind(named id: String) -> ResourceKind? {
        kinds.first { $0.id == id }
    }

    /// Why `reference` names no collection of a kind, or an attribute its kind does not have; nil when it
    /// names both well (whether its target is declared is the file's to say).
    public func problem(with reference: Reference) -> String? {
        guard !reference.targetsInstance else { return nil }
        let components = reference.target.components
        let scope: ResourceKind.Scope = components.first == "connect" ? .connectInstance : .rolesAnywhere
        let collection = components[components.count - 2]
        let kinds = kinds(in: scope)
        guard let kind = kinds.first(where: { $0.collection == collection }) else {
            var problem = "unknown collection \"\(collection)\""
            if let suggestion = Suggestion.closest(to: collection, among: kinds.map(\.collection)) {
                problem += "; did you mean \"\(suggestion)\"?"
            } else {
                problem += " (known: \(kinds.map(\.collection).joined(separator: ", ")))"
            }
            return "invalid reference \(reference): \(problem)"
        }
        guard kind.referenceAttributes.contains(reference.attribute) else {
            return "invalid reference \(reference): \(kind.plural) have no attribute \(reference.attribute.rawValue)"
        }
        return nil
    }

    private static func root(connectInstance: ObjectShape, rolesAnywhere: ObjectShape) -> ObjectShape {
        ObjectShape(
            doc: "A Warden desired-state file: Amazon Connect authentication and security profiles and IAM Roles "
                + "Anywhere profiles as code.",
            fields: [
                FieldDescription(
                    "version", .integer(IntegerRule(allowedValues: [version])), aws: nil,
                    doc: "The format version of this file. Always 1.", isRequired: true),
                FieldDescription(
                    "variables", .variables, aws: nil, comparison: .structure,
                    doc: "Typed values given per environment (defaults, WARDEN_VAR_<NAME>, --var-file, --var), used "
                        + "as ${var.NAME} in any scalar value. Names: letters, digits and _, starting with a letter."),
                FieldDescription(
                    "region", .string(.region), aws: nil,
                    doc: "The AWS Region of every instance and profile, unless overridden. Without it, Warden uses "
                        + "--region, AWS_REGION or AWS_DEFAULT_REGION."),
                FieldDescription(
                    "accountId",
                    .string(
                        StringRule(
                            pattern: "[0-9]{12}", patternHint: "exactly 12 digits, such as \"111122223333\"",
                            allowsReferences: false)),
                    aws: nil,
                    doc: "A guard: Warden refuses to plan or apply unless the credentials belong to this AWS account "
                        + "(STS GetCallerIdentity's Account)."),
                allowPermissions(scope: "every security profile of the file"),
                FieldDescription(
                    "connect",
                    .map(MapRule(key: .logicalKey, value: .object(connectInstance), entriesAreIndependent: true)),
                    aws: nil,
                    comparison: .structure,
                    doc: "Amazon Connect instances, by logical name. The logical name is used in addresses "
                        + "(connect.<name>.…) and references (${connect.<name>.arn})."),
                FieldDescription(
                    "rolesAnywhere", .object(rolesAnywhere), aws: nil, comparison: .structure,
                    doc: "IAM Roles Anywhere resources of the account."),
            ])
    }

    private static func connectInstance(_ kinds: [ResourceKind]) -> ObjectShape {
        ObjectShape(
            definition: "connectInstance",
            doc: "An existing Amazon Connect instance, selected by `id` or `alias`, and the resources Warden manages "
                + "in it.",
            fields: [
                FieldDescription(
                    "id", .string(StringRule(minLength: 1, maxLength: 100, allowsReferences: false)),
                    aws: AWSMapping("InstanceId"), doc: "The identifier of the instance.", isIdentifier: true),
                FieldDescription(
                    "alias",
                    .string(
                        StringRule(
                            minLength: 1, maxLength: 45, pattern: "^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$",
                            patternHint: "letters, digits and -, not starting with d-", allowsReferences: false)),
                    aws: AWSMapping("InstanceAlias"),
                    doc: "The alias of the instance, resolved with ListInstances.", isIdentifier: true),
                FieldDescription(
                    "region", .string(.region), aws: nil,
                    doc: "The AWS Region of this instance, when it differs from the file's region."),
                prune(kinds.filter { $0.scope == .connectInstance }),
                allowPermissions(scope: "the security profiles of this instance"),
            ] + collections(kinds.filter { $0.scope == .connectInstance }),
            rules: [.exactlyOne(["id", "alias"])])
    }

    private static func rolesAnywhere(_ kinds: [ResourceKind]) -> ObjectShape {
        ObjectShape(
            definition: "rolesAnywhere",
            doc: "IAM Roles Anywhere resources of the account.",
            fields: [
                FieldDescription(
                    "region", .string(.region), aws: nil,
                    doc: "The AWS Region of these resources, when it differs from the file's region."),
                prune(kinds.filter { $0.scope == .rolesAnywhere }),
            ] + collections(kinds.filter { $0.scope == .rolesAnywhere }))
    }

    /// `prune`: the collections whose undeclared resources Warden deletes.
    private static func prune(_ kinds: [ResourceKind]) -> FieldDescription {
        let deletable = kinds.filter(\.canDelete).map(\.collection)
        return FieldDescription(
            "prune", .list(ListRule(element: .string(.oneOf(deletable)), uniqueness: .values)), aws: nil,
            comparison: .set,
            doc: "Opt-in deletion: for each collection listed (\(deletable.joined(separator: ", "))), resources "
                + "that exist in AWS but are not declared here are deleted. Without it, Warden never deletes.")
    }

    /// `allowPermissions`: permission names to accept without a warning although Warden's catalog does not
    /// know them (or without what they need), so that a permission AWS added later does not force --strict off.
    private static func allowPermissions(scope: String) -> FieldDescription {
        FieldDescription(
            "allowPermissions",
            .list(
                ListRule(
                    element: .string(StringRule(minLength: 1, maxLength: 128, allowsReferences: false)),
                    uniqueness: .values)),
            aws: nil, comparison: .set,
            doc: "Permission names accepted in \(scope) without a warning, exactly as written, although "
                + "Warden's permission catalog does not know them (or grants them without what they need). "
                + "Never sent to AWS.")
    }

    /// One field per kind.
    private static func collections(_ kinds: [ResourceKind]) -> [FieldDescription] {
        kinds.map { kind in
            FieldDescription(
                kind.collection, .collection(kind), aws: nil, comparison: .structure,
                doc: "\(kind.plural.prefix(1).uppercased() + kind.plural.dropFirst()), by logical name. The logical "
                    + "name is used in addresses and references.")
        }
    }
}
