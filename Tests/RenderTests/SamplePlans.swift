import AWSModel
import Plan

/// Plans that exercise every kind of change the views render.
enum SamplePlans {
    static let file = Plan.DesiredFile(path: "examples/contact-center.yaml", sha256: String(repeating: "ab", count: 32))

    static let createProfile = ResourceChange(
        address: "rolesAnywhere.profiles.connect-ops",
        kind: "rolesAnywhere.profile",
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
        kind: "connect.securityProfile",
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
        fingerprint: "sha256:" + String(repeating: "0f", count: 32)
    )

    static let deleteSecurityProfile = ResourceChange(
        address: "connect.prod.securityProfiles.legacy",
        kind: "connect.securityProfile",
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

    static let drift = Plan(
        wardenVersion: "0.1.0",
        mode: .drift,
        desiredFile: file,
        accountId: "111122223333",
        changes: [updateSecurityProfile],
        unmanaged: [
            UnmanagedResource(
                scope: "connect.prod.securityProfiles",
                kind: "connect.securityProfile",
                name: "Made In Console",
                identity: .init(
                    region: "eu-west-2", instanceId: "11111111-2222-3333-4444-555555555555",
                    id: "12121212-3434-5656-7878-909090909090")
            )
        ],
        unchangedCount: 6
    )
}
