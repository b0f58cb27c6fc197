import Plan

/// Apply reports that exercise every outcome the views render.
enum SampleApplyReports {
    static let created = ApplyReport.Entry(
        address: "connect.prod.securityProfiles.supervisor", action: .create, outcome: .succeeded,
        callsMade: ["CreateSecurityProfile"],
        identity: .init(
            region: "eu-west-2", instanceId: "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
            id: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
            arn:
                "arn:aws:connect:eu-west-2:111122223333:instance/5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60/security-profile/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
        ))
    static let updated = ApplyReport.Entry(
        address: "connect.prod.authenticationProfiles.default", action: .update, outcome: .succeeded,
        callsMade: ["UpdateAuthenticationProfile"])
    static let deleted = ApplyReport.Entry(
        address: "connect.prod.securityProfiles.SalesAgent", action: .delete, outcome: .succeeded,
        callsMade: ["DeleteSecurityProfile"])
    static let failed = ApplyReport.Entry(
        address: "rolesAnywhere.profiles.connect-ops", action: .update,
        outcome: .failed("RolesAnywhere.PutAttributeMapping: ValidationException (HTTP 400): bad mapping"),
        callsMade: ["UpdateProfile"])
    static let stale = ApplyReport.Entry(
        address: "connect.prod.securityProfiles.agent", action: .update,
        outcome: .stale("it changed since the plan (permissions)"), callsMade: [])
    static let notAttempted = ApplyReport.Entry(
        address: "rolesAnywhere.profiles.ci-readonly", action: .create,
        outcome: .notAttempted("it depends on rolesAnywhere.profiles.connect-ops, which failed"), callsMade: [])

    /// Every change made.
    static let complete = ApplyReport(entries: [created, updated, deleted])
    /// Some made, one failed part-way, one stale, one not attempted.
    static let incomplete = ApplyReport(entries: [created, updated, failed, stale, notAttempted])
    /// The credentials are for another account: nothing attempted.
    static let refused = ApplyReport(
        entries: [created, updated].map {
            ApplyReport.Entry(
                address: $0.address, action: $0.action, outcome: .notAttempted("apply refused"), callsMade: [])
        },
        refusal: "the plan was made for AWS account 999999999999, but the credentials are for 111122223333")
    /// A plan without changes.
    static let noChanges = ApplyReport(entries: [])
    /// SIGINT while the agent was being written to: one change made, one stopped between its calls, two never
    /// written to.
    static let interrupted = ApplyReport(
        entries: [
            created,
            ApplyReport.Entry(
                address: "rolesAnywhere.profiles.connect-ops", action: .update,
                outcome: .failed("apply was interrupted: the calls after these were not sent"),
                callsMade: ["UpdateProfile"]),
            ApplyReport.Entry(
                address: "connect.prod.securityProfiles.agent", action: .update, outcome: .interrupted, callsMade: []),
            ApplyReport.Entry(
                address: "connect.prod.securityProfiles.SalesAgent", action: .delete, outcome: .interrupted,
                callsMade: []),
        ],
        interruption: "SIGINT")

    static let all: [(name: String, report: ApplyReport)] = [
        ("complete", complete), ("incomplete", incomplete), ("refused", refused), ("no-changes", noChanges),
        ("interrupted", interrupted),
    ]
}
