import AWSModel
import DesiredState
import Reconcile

/// A generated account: every resource of a `FleetShape`, each with every field the file can manage set.
/// The same shape always gives the same names, ids and values, so the desired-state file, the emulator's
/// state and an in-memory observed state made from one fleet agree, and `changed()` differs from them in
/// exactly the resources `FleetChange` names.
struct Fleet: Sendable, Hashable {
    var shape: FleetShape
    var instances: [FleetInstance]
    var rolesAnywhereProfiles: [FleetResource]

    /// Every resource, in file order.
    var resources: [FleetResource] {
        instances.flatMap { $0.authenticationProfiles + $0.securityProfiles } + rolesAnywhereProfiles
    }

    init(_ shape: FleetShape) {
        self.shape = shape
        instances = shape.instances > 0 ? (1...shape.instances).map { Self.instance($0, shape: shape) } : []
        rolesAnywhereProfiles = (0..<shape.rolesAnywhereProfiles).map { Self.rolesAnywhereProfile($0, shape: shape) }
    }

    /// A UUID that depends only on `(space, number)`: `0000000s-0000-4000-8000-nnnnnnnnnnnn` in hex.
    static func uuid(_ space: Int, _ number: Int) -> String {
        let high = String(space, radix: 16)
        let low = String(number, radix: 16)
        return String(repeating: "0", count: 8 - high.count) + high + "-0000-4000-8000-"
            + String(repeating: "0", count: 12 - low.count) + low
    }

    /// AWS's own security profiles, which every instance has: the first profiles of each instance take
    /// their names, so the file manages them like any other.
    static let awsDefaultProfiles = ["Admin", "Agent", "CallCenterManager", "QualityAnalyst"]

    /// Real permission names (Warden's catalog), none of which needs another: any five in a row make a
    /// profile that validates under --strict without a warning.
    static let permissionPool = [
        "BasicAgentAccess", "OutboundCallAccess", "AccessMetrics", "HoursOfOperation.View", "ManagerBargeIn",
        "ContactSearch.View", "TransferDestinations.View", "Users.View", "Queues.View", "RoutingPolicies.View",
        "ContactFlows.View", "Prompts.View",
    ]

    private static let departments = ["Sales", "Support", "Billing", "Retention"]

    /// The flow modules of every instance, which its security profiles name in turn.
    static let flowModuleIds = (0..<16).map { uuid(7, $0) }

    private static func instance(_ number: Int, shape: FleetShape) -> FleetInstance {
        let key = "cc" + padded(number, 2)
        let id = uuid(1, number)
        let group = uuid(5, number)
        let authentication = FleetResource(
            kind: .authenticationProfile, instance: key, key: "default", id: uuid(4, number),
            fields: [
                .init(key: "name", value: "Default"),
                .init(key: "description", value: "Office and VPN ranges only"),
                .init(key: "allowedIps", value: ["203.0.113.0/24", "198.51.100.128/25", "2001:db8:1200::/40"]),
                .init(key: "blockedIps", value: ["203.0.113.66/32"]),
                .init(key: "sessionInactivity", value: ["enabled": true, "duration": 45]),
            ])
        let profiles = (0..<shape.securityProfilesPerInstance).map { index in
            securityProfile(index, instance: key, instanceNumber: number, group: group, shape: shape)
        }
        return FleetInstance(
            key: key, alias: "bench-" + key, id: id, hierarchyGroupId: group, flowModuleIds: flowModuleIds,
            authenticationProfiles: [authentication], securityProfiles: profiles)
    }

    private static func securityProfile(
        _ index: Int, instance: String, instanceNumber: Int, group: String, shape: FleetShape
    ) -> FleetResource {
        let isDefault = index < awsDefaultProfiles.count
        let name = isDefault ? awsDefaultProfiles[index] : "Team " + padded(index, 3)
        let key = isDefault ? awsDefaultProfiles[index].lowercased() : "team-" + padded(index, 3)
        let permissions = (0..<5).map { JSONValue.string(permissionPool[(index + $0) % permissionPool.count]) }
        let application =
            "arn:aws:app-integrations:\(shape.region):\(shape.accountId):application/\(uuid(6, index % 8))"
        return FleetResource(
            kind: .securityProfile, instance: instance, key: key, id: uuid(2, instanceNumber * 10_000 + index),
            fields: [
                .init(key: "name", value: .string(name)),
                .init(key: "description", value: .string("\(name): generated profile \(index) of \(instance)")),
                .init(key: "permissions", value: .array(permissions)),
                .init(key: "allowedAccessControlTags", value: ["Department": .string(departments[index % 4])]),
                .init(key: "tagRestrictedResources", value: ["User"]),
                .init(
                    key: "applications",
                    value: [
                        [
                            "namespace": .string(application), "type": "THIRD_PARTY_APPLICATION",
                            "permissions": ["ACCESS"],
                        ]
                    ]),
                .init(key: "hierarchyRestrictedResources", value: ["User"]),
                .init(key: "allowedAccessControlHierarchyGroupId", value: .string(group)),
                .init(
                    key: "allowedFlowModules",
                    value: [["flowModuleId": .string(flowModuleIds[index % flowModuleIds.count]), "type": "MCP"]]),
                .init(
                    key: "granularAccessControlConfiguration",
                    value: [
                        "dataTableAccessControlConfiguration": [
                            "primaryAttributeAccessControlConfiguration": [
                                "primaryAttributeValues": [
                                    ["accessType": "ALLOW", "attributeName": "Region", "values": ["EMEA", "APAC"]]
                                ]
                            ]
                        ]
                    ]),
                .init(
                    key: "tags",
                    value: [
                        "team": "contact-center", "cost-center": .string("44\(index % 10)0"),
                        "owner": .string("team-\(index % 7)"),
                    ]),
            ])
    }

    private static func rolesAnywhereProfile(_ index: Int, shape: FleetShape) -> FleetResource {
        let name = "workload-" + padded(index, 4)
        let instance = "cc" + padded(index % max(1, shape.instances) + 1, 2)
        let resource: JSONValue = shape.instances > 0 ? .string("${connect.\(instance).arn}/*") : "*"
        let policy: JSONValue = [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Sid": "ReadContactCenter", "Effect": "Allow", "Action": ["connect:Describe*", "connect:List*"],
                    "Resource": resource,
                ]
            ],
        ]
        return FleetResource(
            kind: .rolesAnywhereProfile, instance: nil, key: name, id: uuid(3, index),
            fields: [
                .init(key: "name", value: .string(name)),
                .init(key: "enabled", value: true),
                .init(key: "roleArns", value: [.string("arn:aws:iam::\(shape.accountId):role/Workload\(index % 20)")]),
                .init(key: "managedPolicyArns", value: ["arn:aws:iam::aws:policy/ReadOnlyAccess"]),
                .init(key: "sessionPolicy", value: policy),
                .init(key: "durationSeconds", value: 3600),
                .init(key: "acceptRoleSessionName", value: .bool(index % 2 == 0)),
                .init(key: "requireInstanceProperties", value: false),
                .init(key: "attributeMappings", value: ["x509Subject": ["CN", "OU"], "x509SAN": ["DNS"]]),
                .init(key: "tags", value: ["team": "platform", "workload": .string("w\(index)")]),
            ])
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
