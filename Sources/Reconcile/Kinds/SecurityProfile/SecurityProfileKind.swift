public import DesiredState

/// Amazon Connect security profiles (`CreateSecurityProfile`, `UpdateSecurityProfile`,
/// `DeleteSecurityProfile`, tags through `TagResource`/`UntagResource`).
extension ResourceKind {
    public static let securityProfile = ResourceKind(
        id: "securityProfile", scope: .connectInstance, collection: "securityProfiles",
        singular: "security profile", plural: "security profiles", awsShape: "SecurityProfile",
        canCreate: true, canDelete: true,
        shape: ObjectShape(
            definition: "securityProfile",
            doc: "An Amazon Connect security profile: the permissions of the users it is assigned to. Matched by "
                + "`id` when given, otherwise by `name`; created when missing.",
            fields: [
                FieldDescription(
                    "id", .string(StringRule(minLength: 1, allowsReferences: false)),
                    aws: AWSMapping("SecurityProfileId"),
                    doc: "The identifier of an existing security profile. Selects the profile; never written.",
                    isIdentifier: true),
                FieldDescription(
                    "name",
                    .string(
                        StringRule(
                            minLength: 1, maxLength: 127, pattern: "^[ a-zA-Z0-9_@-]+$",
                            patternHint: "letters, digits, spaces, _, @ and -", allowsReferences: false)),
                    aws: AWSMapping("SecurityProfileName", operations: ["CreateSecurityProfile"]),
                    doc: "The name of the security profile. AWS cannot rename a security profile, so a different "
                        + "name for an existing profile is refused.",
                    isCreateOnly: true),
                FieldDescription(
                    "description", .string(StringRule(maxLength: 250)),
                    aws: AWSMapping("Description", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    doc: "The description of the security profile."),
                FieldDescription(
                    "permissions",
                    .stringSet(
                        StringRule(
                            minLength: 1, maxLength: 128, completions: ConnectPermissionCatalog.all,
                            vocabulary: .connectPermission),
                        maxCount: 500),
                    aws: AWSMapping("Permissions", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .set,
                    doc: "The permissions granted, such as BasicAgentAccess (at most 500). See "
                        + "https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html. A name "
                        + "Warden's catalog does not know, or one granted without what it needs, is a warning."),
                FieldDescription(
                    "allowedAccessControlTags",
                    .map(
                        MapRule(
                            key: StringRule(minLength: 1, maxLength: 128, allowsReferences: false),
                            value: .string(StringRule(maxLength: 256)), maxCount: 4)),
                    aws: AWSMapping(
                        "AllowedAccessControlTags", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .map(values: .scalar),
                    doc: "Tags a user's access is restricted to, as key: value (at most 4)."),
                FieldDescription(
                    "tagRestrictedResources",
                    .stringSet(
                        StringRule(minLength: 1, maxLength: 128, vocabulary: .tagRestrictedResource), maxCount: 10),
                    aws: AWSMapping(
                        "TagRestrictedResources", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .set,
                    doc: "The resource types the access-control tags restrict, such as User (at most 10)."),
                FieldDescription(
                    "applications",
                    .list(
                        ListRule(
                            element: .object(
                                ObjectShape(
                                    doc: "A third-party application or MCP server the profile gives access to.",
                                    fields: [
                                        FieldDescription(
                                            "namespace", .string(StringRule(minLength: 1, maxLength: 128)),
                                            aws: AWSMapping("Namespace"),
                                            doc: "The namespace of the application.", isRequired: true),
                                        FieldDescription(
                                            "permissions",
                                            .stringSet(
                                                StringRule(minLength: 1, maxLength: 128), minCount: 1, maxCount: 50),
                                            aws: AWSMapping("ApplicationPermissions"), comparison: .set,
                                            doc: "The permissions granted on the application: ACCESS for third-party "
                                                + "applications, tool identifiers for MCP servers (1 to 50).",
                                            isRequired: true),
                                        FieldDescription(
                                            "type", .string(.oneOf(["MCP", "THIRD_PARTY_APPLICATION"])),
                                            aws: AWSMapping("Type"), doc: "The type of application."),
                                    ])), maxCount: 10, uniqueness: .key("namespace"))),
                    aws: AWSMapping("Applications", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .keyedList(key: "namespace"),
                    doc: "Applications the profile gives access to, matched by namespace (at most 10)."),
                FieldDescription(
                    "hierarchyRestrictedResources",
                    .stringSet(StringRule(minLength: 1, maxLength: 128, vocabulary: .hierarchyRestrictedResource)),
                    aws: AWSMapping(
                        "HierarchyRestrictedResources", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .set,
                    doc: "The resource types the hierarchy restriction applies to (AWS accepts User)."),
                FieldDescription(
                    "allowedAccessControlHierarchyGroupId", .string(StringRule(liveIdentifier: .hierarchyGroup)),
                    aws: AWSMapping(
                        "AllowedAccessControlHierarchyGroupId",
                        operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    doc: "The identifier of the agent hierarchy group that restricts the user's access."),
                FieldDescription(
                    "allowedFlowModules",
                    .list(
                        ListRule(
                            element: .object(
                                ObjectShape(
                                    doc: "A flow module an AI agent may invoke as a tool.",
                                    fields: [
                                        FieldDescription(
                                            "flowModuleId",
                                            .string(
                                                StringRule(minLength: 1, maxLength: 128, liveIdentifier: .flowModule)),
                                            aws: AWSMapping("FlowModuleId"), doc: "The identifier of the flow module.",
                                            isRequired: true),
                                        FieldDescription(
                                            "type", .string(.oneOf(["MCP"])), aws: AWSMapping("Type"),
                                            doc: "The type of flow module."),
                                    ])), maxCount: 10, uniqueness: .key("flowModuleId"))),
                    aws: AWSMapping(
                        "AllowedFlowModules", operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .keyedList(key: "flowModuleId"),
                    doc: "Flow modules an AI agent may invoke as tools, matched by flowModuleId (at most 10)."),
                FieldDescription(
                    "granularAccessControlConfiguration", .object(granularAccessControl),
                    aws: AWSMapping(
                        "GranularAccessControlConfiguration",
                        operations: ["CreateSecurityProfile", "UpdateSecurityProfile"]),
                    comparison: .structure,
                    doc: "Granular access control, including which data-table primary attribute values the "
                        + "profile may access."),
                FieldDescription(
                    "tags",
                    .map(MapRule(key: .connectTagKey, value: .string(.connectTagValue), minCount: 0, maxCount: 50)),
                    aws: AWSMapping(
                        "Tags", operations: ["CreateSecurityProfile", "TagResource", "UntagResource"]),
                    comparison: .map(values: .scalar),
                    doc: "Tags on the security profile, as key: value (at most 50). An empty mapping removes every "
                        + "tag."),
            ],
            rules: [.atLeastOne(["name", "id"])]))

    /// `GranularAccessControlConfiguration`: data-table primary attribute values.
    private static let granularAccessControl = ObjectShape(
        doc: "Granular access control.",
        fields: [
            FieldDescription(
                "dataTableAccessControlConfiguration",
                .object(
                    ObjectShape(
                        doc: "Access control for data tables.",
                        fields: [
                            FieldDescription(
                                "primaryAttributeAccessControlConfiguration",
                                .object(
                                    ObjectShape(
                                        doc: "Access control by primary attribute values.",
                                        fields: [
                                            FieldDescription(
                                                "primaryAttributeValues",
                                                .list(
                                                    ListRule(
                                                        element: .object(primaryAttributeValue), maxCount: 5,
                                                        uniqueness: .key("attributeName"))),
                                                aws: AWSMapping("PrimaryAttributeValues"),
                                                comparison: .keyedList(key: "attributeName"),
                                                doc: "The primary attribute values the profile may access, matched "
                                                    + "by attributeName (at most 5).")
                                        ])),
                                aws: AWSMapping("PrimaryAttributeAccessControlConfiguration"),
                                comparison: .structure,
                                doc: "Access control by primary attribute values.")
                        ])),
                aws: AWSMapping("DataTableAccessControlConfiguration"), comparison: .structure,
                doc: "Access control for data tables.")
        ])

    /// `PrimaryAttributeValue`.
    private static let primaryAttributeValue = ObjectShape(
        doc: "Values of one primary attribute the profile may access.",
        fields: [
            FieldDescription(
                "accessType", .string(.oneOf(["ALLOW"])), aws: AWSMapping("AccessType"),
                doc: "The access type of the values."),
            FieldDescription(
                "attributeName",
                .string(
                    StringRule(
                        minLength: 1, maxLength: 127,
                        pattern: "(?!aws:|connect:)[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$",
                        patternHint: "printable Latin-1 characters, not starting with aws: or connect:",
                        allowsReferences: false)),
                aws: AWSMapping("AttributeName"), doc: "The name of the primary attribute.", isRequired: true),
            FieldDescription(
                "values",
                .stringSet(
                    StringRule(
                        pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$",
                        patternHint: "printable Latin-1 characters"), maxCount: 2),
                aws: AWSMapping("Values"), comparison: .set, doc: "The attribute values (at most 2)."),
        ])
}

/// The live resources of an instance that security profiles name by id: plan checks that they exist.
extension LiveIdentifier {
    /// A user hierarchy group (agent group): `allowedAccessControlHierarchyGroupId`.
    public static let hierarchyGroup = LiveIdentifier(
        collection: "hierarchyGroups", singular: "hierarchy group", plural: "hierarchy groups",
        listOperation: "ListUserHierarchyGroups")

    /// A flow module: `allowedFlowModules[].flowModuleId`. Every state counts (ListContactFlowModules without
    /// a state filter), archived modules included.
    public static let flowModule = LiveIdentifier(
        collection: "flowModules", singular: "flow module", plural: "flow modules",
        listOperation: "ListContactFlowModules")
}
