public import DesiredState

/// Amazon Connect authentication profiles (`UpdateAuthenticationProfile`). AWS creates them with the
/// instance; Warden updates them and never creates or deletes one.
extension ResourceKind {
    public static let authenticationProfile = ResourceKind(
        id: "authenticationProfile", scope: .connectInstance, collection: "authenticationProfiles",
        singular: "authentication profile", plural: "authentication profiles", awsShape: "AuthenticationProfile",
        canCreate: false, canDelete: false,
        shape: ObjectShape(
            definition: "authenticationProfile",
            doc: "An Amazon Connect authentication profile: IP-based access control and session timeouts for the "
                + "users of an instance. Matched by `id` when given, otherwise by `name`.",
            fields: [
                FieldDescription(
                    "id", .string(StringRule(minLength: 1, maxLength: 100, allowsReferences: false)),
                    aws: AWSMapping("AuthenticationProfileId"),
                    doc: "The identifier of an existing authentication profile. Selects the profile; never written.",
                    isIdentifier: true),
                FieldDescription(
                    "name", .string(StringRule(minLength: 1, maxLength: 128, allowsReferences: false)),
                    aws: AWSMapping("Name", operations: ["UpdateAuthenticationProfile"]),
                    doc: "The name of the authentication profile. Without `id`, the profile is found by this name; "
                        + "with `id`, a different name renames it."),
                FieldDescription(
                    "description", .string(StringRule(minLength: 1, maxLength: 250)),
                    aws: AWSMapping("Description", operations: ["UpdateAuthenticationProfile"]),
                    doc: "The description of the authentication profile."),
                FieldDescription(
                    "allowedIps", .stringSet(StringRule(minLength: 2, maxLength: 50, format: .cidr)),
                    aws: AWSMapping("AllowedIps", operations: ["UpdateAuthenticationProfile"]), comparison: .set,
                    doc: "IPv4 and IPv6 CIDR blocks allowed to access the instance. An empty list allows every "
                        + "address."),
                FieldDescription(
                    "blockedIps", .stringSet(StringRule(minLength: 2, maxLength: 50, format: .cidr)),
                    aws: AWSMapping("BlockedIps", operations: ["UpdateAuthenticationProfile"]), comparison: .set,
                    doc: "IPv4 and IPv6 CIDR blocks blocked from accessing the instance."),
                FieldDescription(
                    "periodicSessionDuration", .integer(IntegerRule(minimum: 10, maximum: 60)),
                    aws: AWSMapping("PeriodicSessionDuration", operations: ["UpdateAuthenticationProfile"]),
                    doc: "Minutes between re-authentications of a signed-in user (10 to 60).",
                    deprecation: "AWS deprecated PeriodicSessionDuration on 10/31/2025; use sessionInactivity "
                        + "instead"),
                FieldDescription(
                    "sessionInactivity",
                    .object(
                        ObjectShape(
                            doc: "Automatic sign-out of inactive users.",
                            fields: [
                                FieldDescription(
                                    "enabled", .boolean,
                                    aws: AWSMapping(
                                        "SessionInactivityHandlingEnabled", operations: ["UpdateAuthenticationProfile"]
                                    ),
                                    doc: "Whether users are signed out automatically when inactive."),
                                FieldDescription(
                                    "duration", .integer(IntegerRule(minimum: 15, maximum: 720)),
                                    aws: AWSMapping(
                                        "SessionInactivityDuration", operations: ["UpdateAuthenticationProfile"]),
                                    doc: "Minutes of inactivity before a user is signed out (15 to 720)."),
                            ])),
                    aws: nil, comparison: .structure,
                    doc: "Automatic sign-out of users who stay inactive."),
            ],
            rules: [.atLeastOne(["name", "id"])]))
}
