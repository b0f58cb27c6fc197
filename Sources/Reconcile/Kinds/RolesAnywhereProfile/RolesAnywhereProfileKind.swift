import AWSModel
public import DesiredState

/// IAM Roles Anywhere profiles (`CreateProfile`, `UpdateProfile`, `DeleteProfile`, `EnableProfile`,
/// `DisableProfile`, `PutAttributeMapping`, `DeleteAttributeMapping`, `TagResource`, `UntagResource`).
extension ResourceKind {
    public static let rolesAnywhereProfile = ResourceKind(
        id: "rolesAnywhereProfile", scope: .rolesAnywhere, collection: "profiles",
        singular: "Roles Anywhere profile", plural: "Roles Anywhere profiles", awsShape: "ProfileDetail",
        canCreate: true, canDelete: true,
        shape: ObjectShape(
            definition: "rolesAnywhereProfile",
            doc: "An IAM Roles Anywhere profile: the roles and session policies that workloads authenticating "
                + "with X.509 certificates receive. Matched by `id` when given, otherwise by `name`; created when "
                + "missing.",
            fields: [
                FieldDescription(
                    "id",
                    .string(
                        StringRule(
                            minLength: 36, maxLength: 36, pattern: ".*[a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}.*",
                            patternHint: "a lowercase UUID", allowsReferences: false)),
                    aws: AWSMapping("profileId"),
                    doc: "The identifier (UUID) of an existing profile. Selects the profile; never written.",
                    isIdentifier: true),
                FieldDescription(
                    "name",
                    .string(
                        StringRule(
                            minLength: 1, maxLength: 255, pattern: "[ a-zA-Z0-9-_]*",
                            patternHint: "letters, digits, spaces, - and _", allowsReferences: false)),
                    aws: AWSMapping("name", operations: ["CreateProfile", "UpdateProfile"]),
                    doc: "The name of the profile. Without `id`, the profile is found by this name; with `id`, a "
                        + "different name renames it."),
                FieldDescription(
                    "enabled", .boolean,
                    aws: AWSMapping("enabled", operations: ["CreateProfile", "EnableProfile", "DisableProfile"]),
                    doc: "Whether the profile is enabled."),
                FieldDescription(
                    "roleArns",
                    .stringSet(
                        StringRule(
                            minLength: 1, maxLength: 1011, pattern: "arn:aws(-[^:]+)?:iam(:.*){2}(:role.*)",
                            format: .iamRoleArn), minCount: 0, maxCount: 250),
                    aws: AWSMapping("roleArns", operations: ["CreateProfile", "UpdateProfile"]), comparison: .set,
                    doc: "The IAM roles this profile can vend credentials for (at most 250). Required by AWS when "
                        + "the profile is created."),
                FieldDescription(
                    "managedPolicyArns",
                    .stringSet(
                        StringRule(minLength: 1, maxLength: 200, format: .iamPolicyArn), minCount: 0, maxCount: 50),
                    aws: AWSMapping("managedPolicyArns", operations: ["CreateProfile", "UpdateProfile"]),
                    comparison: .set,
                    doc: "Managed policies that further restrict the vended session credentials (at most 50)."),
                FieldDescription(
                    "sessionPolicy", .jsonObject(JSONRule(minLength: 1, maxLength: 100_000)),
                    aws: AWSMapping("sessionPolicy", operations: ["CreateProfile", "UpdateProfile"]),
                    comparison: .json,
                    doc: "An inline session policy that further restricts the vended credentials: a YAML mapping "
                        + "(sent as canonical JSON) or a string of JSON. Compared as JSON, never as text."),
                FieldDescription(
                    "durationSeconds", .integer(IntegerRule(minimum: 900, maximum: 43200)),
                    aws: AWSMapping("durationSeconds", operations: ["CreateProfile", "UpdateProfile"]),
                    doc: "How long vended sessions last, in seconds (900 to 43200; AWS defaults to 3600)."),
                FieldDescription(
                    "acceptRoleSessionName", .boolean,
                    aws: AWSMapping("acceptRoleSessionName", operations: ["CreateProfile", "UpdateProfile"]),
                    doc: "Whether a custom role session name is accepted in credential requests."),
                FieldDescription(
                    "requireInstanceProperties", .boolean,
                    aws: AWSMapping("requireInstanceProperties", operations: ["CreateProfile"]),
                    doc: "Whether instance properties are required in credential requests.",
                    isCreateOnly: true),
                FieldDescription(
                    "attributeMappings",
                    .map(
                        MapRule(
                            key: .oneOf(["x509Subject", "x509Issuer", "x509SAN"]),
                            value: .stringSet(StringRule(minLength: 0, maxLength: 60, allowsReferences: false)))),
                    aws: AWSMapping(
                        "attributeMappings", operations: ["PutAttributeMapping", "DeleteAttributeMapping"]),
                    comparison: .map(values: .set),
                    doc: "Certificate fields mapped to session tags: for each of x509Subject, x509Issuer and "
                        + "x509SAN, the specifiers (such as CN or OU) to map."),
                FieldDescription(
                    "tags",
                    .map(
                        MapRule(
                            key: .rolesAnywhereTagKey, value: .string(.rolesAnywhereTagValue), minCount: 0,
                            maxCount: 200)),
                    aws: AWSMapping("tags", operations: ["CreateProfile", "TagResource", "UntagResource"]),
                    comparison: .map(values: .scalar),
                    doc: "Tags on the profile, as key: value (at most 200). An empty mapping removes every tag."),
            ],
            rules: [.atLeastOne(["name", "id"])]))
}
