/// What kind of problem a diagnostic reports. Every diagnostic has one; this file is the whole catalog.
///
/// The `id` is public and stable: it is the rule id of `--format sarif` (code scanning tracks alerts by it) and is
/// never renamed or reused. `name`, `summary` and `help` are for people and may be reworded.
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    /// The stable id, in kebab case: `unknown-key`.
    public let id: String
    /// The id in PascalCase (SARIF's rule name): `UnknownKey`.
    public let name: String
    /// The severity it has unless `--strict` turns a warning into an error.
    public let severity: Diagnostic.Severity
    /// One sentence: what is wrong.
    public let summary: String
    /// What to do about it.
    public let help: String

    private init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String, help: String) {
        self.id = id
        self.name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        self.severity = severity
        self.summary = summary
        self.help = help
    }

    public var description: String { id }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id == rhs.id }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension DiagnosticCode {
    // MARK: Reading the file

    public static let fileUnreadable = DiagnosticCode(
        "file-unreadable", .error, "The file cannot be read: it does not exist, is a directory or is not UTF-8 text.",
        help: "Check the path, and save the file as UTF-8.")

    public static let yamlSyntax = DiagnosticCode(
        "yaml-syntax", .error, "The file is not valid YAML, or holds more than one YAML document.",
        help: "Fix the YAML at the place shown; the parse stops at the first syntax error.")

    public static let yamlDuplicateKey = DiagnosticCode(
        "yaml-duplicate-key", .error, "A mapping has the same key twice.",
        help: "Keep one of the two keys: YAML readers differ in which one they keep.")

    public static let yamlUnsupported = DiagnosticCode(
        "yaml-unsupported", .error,
        "The file uses a YAML feature Warden does not read: merge keys (<<) or custom tags.",
        help: "Write the keys out in full, and remove tags such as !Ref: Warden reads plain YAML.")

    public static let yamlLimit = DiagnosticCode(
        "yaml-limit", .error, "Aliases expand to too many nodes, or the document nests too deeply.",
        help: "Aliases may add at most 100,000 nodes and nest at most 256 levels; write the repeated parts out.")

    // MARK: Structure and types

    public static let unknownKey = DiagnosticCode(
        "unknown-key", .error, "A key that this place of the file does not have.",
        help: "Correct the spelling (the message suggests the nearest key), or remove the key.")

    public static let missingKey = DiagnosticCode(
        "missing-key", .error, "A required key, or one of a choice of keys (such as name or id), is missing.",
        help: "Add the key the message names.")

    public static let conflictingKeys = DiagnosticCode(
        "conflicting-keys", .error, "Keys that exclude each other are given together (such as id and alias).",
        help: "Keep only one of the keys the message names.")

    public static let typeMismatch = DiagnosticCode(
        "type-mismatch", .error, "A value of the wrong type: a list where a mapping belongs, a number where text does.",
        help: "Write the type the message expects; quote numbers meant as text and write booleans as true or false.")

    public static let duplicateValue = DiagnosticCode(
        "duplicate-value", .error, "A set lists the same value twice, or a keyed list the same key.",
        help: "Remove the second occurrence.")

    // MARK: AWS constraints

    public static let valueNotAllowed = DiagnosticCode(
        "value-not-allowed", .error, "A value that is not one of those AWS accepts here.",
        help: "Use one of the values the message lists.")

    public static let valueInvalid = DiagnosticCode(
        "value-invalid", .error, "A value AWS would reject: a malformed name, CIDR block, ARN or Region.",
        help: "Write the value in the form the message describes.")

    public static let valueLength = DiagnosticCode(
        "value-length", .error, "Text that is empty, shorter or longer than AWS allows.",
        help: "Shorten or lengthen the value to the limits the message gives.")

    public static let valueRange = DiagnosticCode(
        "value-range", .error, "A number outside the range AWS allows.",
        help: "Use a number in the range the message gives.")

    public static let itemCount = DiagnosticCode(
        "item-count", .error, "A list or mapping with fewer or more entries than AWS allows.",
        help: "Add or remove entries to meet the limits the message gives.")

    public static let invalidJSON = DiagnosticCode(
        "invalid-json", .error, "A policy that is not a JSON object, or cannot be written as JSON.",
        help: "Write the policy as a YAML mapping, or as a string holding a JSON object.")

    // MARK: The file as a whole

    public static let referenceSyntax = DiagnosticCode(
        "reference-syntax", .error, "A ${...} reference that is malformed or names an unknown collection or attribute.",
        help: "Write ${connect.INSTANCE.arn}, ${connect.INSTANCE.securityProfiles.KEY.arn} or "
            + "${rolesAnywhere.profiles.KEY.arn} (or .id); write $${ for a literal ${.")

    public static let referenceUndeclared = DiagnosticCode(
        "reference-undeclared", .error, "A reference to an instance or resource that the file does not declare.",
        help: "Declare the resource the reference names, or correct the reference.")

    public static let referenceCycle = DiagnosticCode(
        "reference-cycle", .error, "References form a cycle: no resource on it could be created first.",
        help: "Remove one of the references on the cycle the message shows.")

    public static let duplicateResource = DiagnosticCode(
        "duplicate-resource", .error, "Two declarations select the same resource or instance.",
        help: "Declare each resource once: each declaration would undo the other's changes.")

    // MARK: Variables

    public static let variableSyntax = DiagnosticCode(
        "variable-syntax", .error, "A ${var.NAME} use that is malformed.",
        help: "Write ${var.NAME}, with a declared variable's name; write $${ for a literal ${.")

    public static let variableUndeclared = DiagnosticCode(
        "variable-undeclared", .error, "A variable used, or given a value, that the file does not declare.",
        help: "Declare the variable under the file's variables:, or correct its name (the message suggests the "
            + "nearest).")

    public static let variableDeclaration = DiagnosticCode(
        "variable-declaration", .error, "A variable's declaration that cannot be used as written.",
        help: "Correct the declaration as the message says: its type, validation rules or sensitivity.")

    public static let variableValue = DiagnosticCode(
        "variable-value", .error, "A variable's value that is not of its type or fails its validation.",
        help: "Give a value that meets the declaration, in the place the message names (a --var-file's line, "
            + "--var NAME or WARDEN_VAR_NAME).")

    public static let variableMissing = DiagnosticCode(
        "variable-missing", .note, "A declared variable has no value, so the checks of the values that use it wait.",
        help: "Give a value with --var NAME=VALUE, a --var-file or WARDEN_VAR_NAME; --require-all-variables makes "
            + "this an error.")

    // MARK: Warnings

    public static let deprecatedField = DiagnosticCode(
        "deprecated-field", .warning, "A field AWS has deprecated.",
        help: "Use the field the message names instead, or remove this one.")

    public static let unknownPermission = DiagnosticCode(
        "unknown-permission", .warning, "A security-profile permission name that Warden's catalog does not know.",
        help: "Correct the name (the message suggests the nearest), or list a permission AWS added recently under "
            + "allowPermissions.")

    public static let permissionRequirement = DiagnosticCode(
        "permission-requirement", .warning, "A permission granted without the permissions it needs.",
        help: "Grant the permissions the message names as well.")

    public static let unknownResourceType = DiagnosticCode(
        "unknown-resource-type", .warning, "A resource type that AWS does not document for this restriction.",
        help: "Use one of the resource types the message lists.")

    // MARK: Planning against the live state

    public static let noRegion = DiagnosticCode(
        "no-region", .error, "No AWS Region is known for part of the file.",
        help: "Set region at the top of the file (or on the instance), pass --region, or set AWS_REGION.")

    public static let accountMismatch = DiagnosticCode(
        "account-mismatch", .error, "The credentials belong to another AWS account than the file's accountId.",
        help: "Use credentials for the account the file names, or correct accountId.")

    public static let awsError = DiagnosticCode(
        "aws-error", .error, "AWS answered a read with an error.",
        help: "The message has AWS's error code; check the credentials' permissions and the Region.")

    public static let notFound = DiagnosticCode(
        "not-found", .error,
        "No live instance or resource has the id or alias the file gives, or no hierarchy group or flow module of "
            + "the instance has the id a security profile names.",
        help: "Correct the id or alias (the message suggests the id of a name), or give a name instead of an id to "
            + "have the resource created.")

    public static let ambiguousName = DiagnosticCode(
        "ambiguous-name", .error, "Several live resources have the name the file gives.",
        help: "Add id: to say which one the file means.")

    public static let unsupportedChange = DiagnosticCode(
        "unsupported-change", .error, "A change AWS has no call for, such as renaming a security profile.",
        help: "Keep the value AWS has, or follow the message's advice.")

    // MARK: The emulator

    public static let emulatorSeed = DiagnosticCode(
        "emulator-seed", .error, "The warden-emulator's seed file is not as the emulator reads it.",
        help: "Fix the seed file as the message says; Sources/Emulator/README.md describes it.")

    /// Every code, in the order above (the order of rules in SARIF).
    public static let all: [DiagnosticCode] = [
        fileUnreadable, yamlSyntax, yamlDuplicateKey, yamlUnsupported, yamlLimit,
        unknownKey, missingKey, conflictingKeys, typeMismatch, duplicateValue,
        valueNotAllowed, valueInvalid, valueLength, valueRange, itemCount, invalidJSON,
        referenceSyntax, referenceUndeclared, referenceCycle, duplicateResource,
        variableSyntax, variableUndeclared, variableDeclaration, variableValue, variableMissing,
        deprecatedField, unknownPermission, permissionRequirement, unknownResourceType,
        noRegion, accountMismatch, awsError, notFound, ambiguousName, unsupportedChange, emulatorSeed,
    ]
}
