import Foundation

/// The security profiles AWS puts in every new instance. Their names are AWS's; their permission sets are
/// realistic selections of AWS's permission names (AWS does not publish the exact default sets), each with
/// what AWS documents it needs (ManagerListenIn comes with BasicAgentAccess), so that an imported account
/// validates under `--strict`.
enum DefaultSecurityProfiles {
    static let admin = [
        "AccessMetrics", "AgentGrouping.Create", "AgentGrouping.Edit", "AgentGrouping.View", "AgentStates.Create",
        "AgentStates.Edit", "AgentStates.View", "BasicAgentAccess", "ContactFlowModules.Create",
        "ContactFlowModules.Edit", "ContactFlowModules.View", "ContactFlows.Create", "ContactFlows.Edit",
        "ContactFlows.View", "ContactSearch.View", "HoursOfOperation.Create", "HoursOfOperation.Edit",
        "HoursOfOperation.View", "ListenCallRecordings", "ManagerBargeIn", "ManagerListenIn", "OutboundCallAccess",
        "PhoneNumbers.Claim", "PhoneNumbers.Edit", "PhoneNumbers.Release", "PhoneNumbers.View", "Prompts.Create",
        "Prompts.Edit", "Prompts.View", "Queues.Create", "Queues.Edit", "Queues.EnableAndDisable", "Queues.View",
        "RoutingPolicies.Create", "RoutingPolicies.Edit", "RoutingPolicies.View", "SecurityProfiles.Create",
        "SecurityProfiles.Edit", "SecurityProfiles.View", "TransferDestinations.Create", "TransferDestinations.Edit",
        "TransferDestinations.View", "Users.Create", "Users.Edit", "Users.EditPermission", "Users.View",
    ]

    static let agent = ["BasicAgentAccess", "OutboundCallAccess", "TransferDestinations.View"]

    static let callCenterManager = [
        "AccessMetrics", "AgentGrouping.View", "AgentStates.View", "BasicAgentAccess", "ContactSearch.View",
        "HoursOfOperation.View", "ListenCallRecordings", "ManagerListenIn", "OutboundCallAccess", "Queues.View",
        "RoutingPolicies.View", "SecurityProfiles.View", "TransferDestinations.View", "Users.Create", "Users.Edit",
        "Users.View",
    ]

    static let qualityAnalyst = [
        "AccessMetrics", "BasicAgentAccess", "ContactSearch.View", "ListenCallRecordings", "ManagerListenIn",
        "Users.View",
    ]

    /// Admin, Agent, CallCenterManager, QualityAnalyst, in that order. Admin is assigned to the instance's
    /// administrator, so it cannot be deleted.
    static func all(instanceId: String, region: String, createdTime: Date) -> [SecurityProfile] {
        [
            ("Admin", admin), ("Agent", agent), ("CallCenterManager", callCenterManager),
            ("QualityAnalyst", qualityAnalyst),
        ]
        .map { name, permissions in
            SecurityProfile(
                id: DerivedIdentifier.uuid("security-profile", instanceId, name),
                name: name,
                permissions: permissions,
                lastModifiedTime: createdTime,
                lastModifiedRegion: region,
                assignedToUsers: name == "Admin"
            )
        }
    }
}
