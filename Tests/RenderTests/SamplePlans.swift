import AWSModel
import Plan

/// Plans that exercise every kind of change the views render.
enum SamplePlans {
    static let file = Plan.DesiredFile(path: "examples/contact-center.yaml", sha256: String(repeating: "ab", count: 32))

    static let createProfile = ResourceChange(
        address: "rolesAnywhere.profiles.connect-ops",
        kind: "rolesAnywhereProfile",
        action: .create,
        name: "connect-ops",
        identity: .init(region: "eu-west-2"),
        attributes: [
            AttributeChange(path: "durationSeconds", change: .value(before: nil, after: .known(3600))),
            AttributeChange(
                path: "roleArns",
                change: .set(added: [.known("arn:aws:iam::111122223333:role/ConnectOps")], removed: [], unchanged: 0)
            ),
            AttributeChange(
                path: "sessionPolicy",
                change: .value(before: nil, after: .unknown(reference: "${connect.prod.arn}"))
            ),
            AttributeChange(
                path: "tags",
                change: .entries(
                    added: [.init(key: "team", value: .known("contact-center"))], removed: [], changed: [], unchanged: 0
                )
            ),
        ],
        calls: [
            PlannedCall(
                service: "rolesanywhere",
                operation: "CreateProfile",
                input: [
                    "name": "connect-ops", "durationSeconds": 3600,
                    "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps"],
                    "sessionPolicy": "${connect.prod.arn}", "tags": [["key": "team", "value": "contact-center"]],
                ],
                knownAfterApply: ["sessionPolicy": "${connect.prod.arn}"]
            )
        ],
        dependsOn: ["connect.prod"]
    )

    static let updateSecurityProfile = ResourceChange(
        address: "connect.prod.securityProfiles.agent",
        kind: "securityProfile",
        action: .update,
        name: "Agent",
        identity: .init(
            region: "eu-west-2",
            instanceId: "11111111-2222-3333-4444-555555555555",
            id: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            arn:
                "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/security-profile/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
        ),
        attributes: [
            AttributeChange(
                path: "description", change: .value(before: .known("Agents"), after: .known("Front-line agents"))),
            AttributeChange(
                path: "permissions",
                change: .set(
                    added: [.known("OutboundCallAccess")], removed: [.known("TransferContactAccess")], unchanged: 3)
            ),
            AttributeChange(
                path: "tags",
                change: .entries(
                    added: [.init(key: "team", value: .known("contact-center"))],
                    removed: [.init(key: "owner", value: .known("alice"))],
                    changed: [.init(key: "env", before: .known("dev"), after: .known("prod"))],
                    unchanged: 1
                )
            ),
        ],
        calls: [
            PlannedCall(
                service: "connect",
                operation: "UpdateSecurityProfile",
                input: [
                    "InstanceId": "11111111-2222-3333-4444-555555555555",
                    "SecurityProfileId": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                    "Description": "Front-line agents",
                    "Permissions": ["BasicAgentAccess", "OutboundCallAccess", "VoiceIdAccess", "ListenAccess"],
                ]
            ),
            PlannedCall(
                service: "connect",
                operation: "TagResource",
                input: [
                    "resourceArn": "arn:aws:connect:eu-west-2:111122223333:instance/x/security-profile/y",
                    "tags": ["team": "contact-center", "env": "prod"],
                ]
            ),
            PlannedCall(
                service: "connect",
                operation: "UntagResource",
                input: [
                    "resourceArn": "arn:aws:connect:eu-west-2:111122223333:instance/x/security-profile/y",
                    "tagKeys": ["owner"],
                ]
            ),
        ],
        fingerprint: "sha256:" + String(repeating: "0f", count: 32),
        managedFields: ["description", "name", "permissions", "tags"]
    )

    static let deleteSecurityProfile = ResourceChange(
        address: "connect.prod.securityProfiles.legacy",
        kind: "securityProfile",
        action: .delete,
        name: "Legacy | Old",
        identity: .init(
            region: "eu-west-2", instanceId: "11111111-2222-3333-4444-555555555555",
            id: "99999999-8888-7777-6666-555555555555"),
        attributes: [],
        calls: [
            PlannedCall(
                service: "connect",
                operation: "DeleteSecurityProfile",
                input: [
                    "InstanceId": "11111111-2222-3333-4444-555555555555",
                    "SecurityProfileId": "99999999-8888-7777-6666-555555555555",
                ]
            )
        ],
        fingerprint: "sha256:" + String(repeating: "1e", count: 32)
    )

    static let mixed = Plan(
        wardenVersion: "0.1.0",
        desiredFile: file,
        accountId: "111122223333",
        changes: [createProfile, updateSecurityProfile, deleteSecurityProfile],
        unchangedCount: 4
    )

    static let noChanges = Plan(
        wardenVersion: "0.1.0", desiredFile: file, accountId: "111122223333", changes: [], unchangedCount: 7)

    /// A plan of a file with variables: its inputs are listed before the changes.
    static let withInputs: Plan = {
        var plan = Plan(
            wardenVersion: "0.1.0", desiredFile: file, accountId: "222222222222", changes: [updateSecurityProfile],
            unchangedCount: 2)
        plan.inputs = Plan.Inputs(
            varFiles: [.init(path: "production.vars.yaml", sha256: String(repeating: "ab", count: 32))],
            variables: [
                .init(name: "alias", value: "acme-prod", sensitive: false, source: "production.vars.yaml:4:8"),
                .init(name: "inactivity", value: 60, sensitive: false, source: "--var inactivity"),
                .init(
                    name: "officeRanges", value: ["203.0.113.0/24"], sensitive: false,
                    source: "the default at w.yaml:9:14"),
                .init(name: "group", value: "(sensitive)", sensitive: true, source: "WARDEN_VAR_group"),
            ],
            sensitiveValues: ["6a3c1f0e"])
        return plan
    }()

    static let drift = Plan(
        wardenVersion: "0.1.0",
        mode: .drift,
        desiredFile: file,
        accountId: "111122223333",
        changes: [updateSecurityProfile],
        unmanaged: [
            UnmanagedResource(
                scope: "connect.prod.securityProfiles",
                kind: "securityProfile",
                name: "Made In Console",
                identity: .init(
                    region: "eu-west-2", instanceId: "11111111-2222-3333-4444-555555555555",
                    id: "12121212-3434-5656-7878-909090909090")
            )
        ],
        unchangedCount: 6
    )

    /// Values that do not fit on one line: a session policy, keyed-list entries that are objects, a long
    /// path into nested objects, and tags of which one waits for a create.
    static let structured = Plan(
        wardenVersion: "0.1.0",
        desiredFile: file,
        accountId: "111122223333",
        changes: [
            ResourceChange(
                address: "rolesAnywhere.profiles.connect-ops",
                kind: "rolesAnywhereProfile",
                action: .update,
                name: "connect-ops",
                identity: .init(
                    region: "eu-west-2", id: "2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d",
                    arn: "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d"),
                attributes: [
                    AttributeChange(
                        path: "sessionPolicy",
                        change: .value(
                            before: .known(policy(actions: ["connect:*"], sid: "Old")),
                            after: .known(policy(actions: ["connect:Describe*", "connect:List*"], sid: "ReadOnly"))
                        )
                    ),
                    AttributeChange(
                        path: "tags",
                        change: .entries(
                            added: [
                                .init(
                                    key: "supervisor",
                                    value: .unknown(reference: "${connect.prod.securityProfiles.lead.id}"))
                            ],
                            removed: [], changed: [], unchanged: 2)
                    ),
                ],
                calls: [
                    PlannedCall(
                        service: "rolesanywhere", operation: "UpdateProfile",
                        input: [
                            "profileId": "2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d",
                            "sessionPolicy": .string(
                                policy(actions: ["connect:Describe*", "connect:List*"], sid: "ReadOnly").serialized()),
                        ]),
                    PlannedCall(
                        service: "rolesanywhere", operation: "TagResource",
                        input: [
                            "resourceArn":
                                "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d",
                            "tags": [["key": "supervisor", "value": "${connect.prod.securityProfiles.lead.id}"]],
                        ],
                        knownAfterApply: ["tags": "${connect.prod.securityProfiles.lead.id}"]),
                ],
                dependsOn: ["connect.prod.securityProfiles.lead"],
                fingerprint: "sha256:" + String(repeating: "2d", count: 32),
                managedFields: ["name", "sessionPolicy", "tags"]
            ),
            ResourceChange(
                address: "connect.prod.securityProfiles.ai-agent",
                kind: "securityProfile",
                action: .update,
                name: "AI Agent",
                identity: .init(
                    region: "eu-west-2", instanceId: "11111111-2222-3333-4444-555555555555",
                    id: "aaaaaaaa-bbbb-cccc-dddd-ffffffffffff"),
                attributes: [
                    AttributeChange(
                        path: "applications",
                        change: .entries(
                            added: [
                                .init(
                                    key: "arn:aws:app-integrations:eu-west-2:111122223333:application/new",
                                    value: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"]))
                            ],
                            removed: [
                                .init(
                                    key: "arn:aws:app-integrations:eu-west-2:111122223333:application/old",
                                    value: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"]))
                            ],
                            changed: [
                                .init(
                                    key: "arn:aws:app-integrations:eu-west-2:111122223333:application/tools",
                                    before: .known(["permissions": ["Search"], "type": "MCP"]),
                                    after: .known(["permissions": ["Search", "Summarise"], "type": "MCP"]))
                            ],
                            unchanged: 0)
                    ),
                    AttributeChange(
                        path: "granularAccessControlConfiguration.dataTableAccessControlConfiguration."
                            + "primaryAttributeAccessControlConfiguration.primaryAttributeValues",
                        change: .entries(
                            added: [
                                .init(
                                    key: "Region", value: .known(["accessType": "ALLOW", "values": ["APAC", "EMEA"]]))
                            ],
                            removed: [], changed: [], unchanged: 0)
                    ),
                ],
                calls: [
                    PlannedCall(
                        service: "connect", operation: "UpdateSecurityProfile",
                        input: [
                            "InstanceId": "11111111-2222-3333-4444-555555555555",
                            "SecurityProfileId": "aaaaaaaa-bbbb-cccc-dddd-ffffffffffff",
                            "Applications": [
                                [
                                    "Namespace": "arn:aws:app-integrations:eu-west-2:111122223333:application/new",
                                    "ApplicationPermissions": ["ACCESS"], "Type": "THIRD_PARTY_APPLICATION",
                                ],
                                [
                                    "Namespace": "arn:aws:app-integrations:eu-west-2:111122223333:application/tools",
                                    "ApplicationPermissions": ["Search", "Summarise"], "Type": "MCP",
                                ],
                            ],
                            "GranularAccessControlConfiguration": [
                                "DataTableAccessControlConfiguration": [
                                    "PrimaryAttributeAccessControlConfiguration": [
                                        "PrimaryAttributeValues": [
                                            [
                                                "AccessType": "ALLOW", "AttributeName": "Region",
                                                "Values": ["APAC", "EMEA"],
                                            ]
                                        ]
                                    ]
                                ]
                            ],
                        ])
                ],
                fingerprint: "sha256:" + String(repeating: "3c", count: 32),
                managedFields: ["applications", "granularAccessControlConfiguration", "name"]
            ),
        ],
        unchangedCount: 0
    )

    /// A session policy with a dozen lines that stay the same.
    static func policy(actions: [String], sid: String) -> JSONValue {
        [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Sid": .string(sid), "Effect": "Allow", "Action": .array(actions.map(JSONValue.string)),
                    "Resource":
                        "arn:aws:connect:eu-west-2:111122223333:instance/11111111-2222-3333-4444-555555555555/*",
                ],
                [
                    "Sid": "Deny", "Effect": "Deny",
                    "Action": ["connect:DeleteInstance", "connect:DeleteSecurityProfile", "connect:DeleteUser"],
                    "Resource": "*",
                    "Condition": ["StringNotEquals": ["aws:PrincipalTag/team": "contact-center"]],
                ],
            ],
        ]
    }
}
