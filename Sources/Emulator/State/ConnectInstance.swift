public import Foundation

/// An Amazon Connect instance and the resources inside it.
public struct ConnectInstance: Codable, Sendable, Hashable {
    public var id: String
    public var alias: String
    public var createdTime: Date
    /// `CONNECT_MANAGED`, `SAML` or `EXISTING_DIRECTORY`.
    public var identityManagementType: String
    /// `ACTIVE`, `CREATION_IN_PROGRESS` or `CREATION_FAILED`.
    public var status: String
    public var inboundCallsEnabled: Bool
    public var outboundCallsEnabled: Bool
    public var tags: [String: String]
    /// In creation order; the four AWS defaults first.
    public var securityProfiles: [SecurityProfile]
    /// The default profile first.
    public var authenticationProfiles: [AuthenticationProfile]
    public var hierarchyGroups: [HierarchyGroup]
    public var participantAuthentications: [ParticipantAuthentication]

    public init(
        id: String,
        alias: String,
        createdTime: Date,
        identityManagementType: String = "CONNECT_MANAGED",
        status: String = "ACTIVE",
        inboundCallsEnabled: Bool = true,
        outboundCallsEnabled: Bool = true,
        tags: [String: String] = [:],
        securityProfiles: [SecurityProfile] = [],
        authenticationProfiles: [AuthenticationProfile] = [],
        hierarchyGroups: [HierarchyGroup] = [],
        participantAuthentications: [ParticipantAuthentication] = []
    ) {
        self.id = id
        self.alias = alias
        self.createdTime = createdTime
        self.identityManagementType = identityManagementType
        self.status = status
        self.inboundCallsEnabled = inboundCallsEnabled
        self.outboundCallsEnabled = outboundCallsEnabled
        self.tags = tags
        self.securityProfiles = securityProfiles
        self.authenticationProfiles = authenticationProfiles
        self.hierarchyGroups = hierarchyGroups
        self.participantAuthentications = participantAuthentications
    }

    /// A new instance as AWS creates one: the four default security profiles (Admin, Agent,
    /// CallCenterManager, QualityAnalyst) and the default authentication profile, with ids derived from the
    /// instance id so that the same seed always gives the same ids.
    public static func created(
        id: String,
        alias: String,
        region: String,
        createdTime: Date,
        identityManagementType: String = "CONNECT_MANAGED",
        tags: [String: String] = [:]
    ) -> ConnectInstance {
        ConnectInstance(
            id: id,
            alias: alias,
            createdTime: createdTime,
            identityManagementType: identityManagementType,
            tags: tags,
            securityProfiles: DefaultSecurityProfiles.all(instanceId: id, region: region, createdTime: createdTime),
            authenticationProfiles: [
                AuthenticationProfile.awsDefault(instanceId: id, region: region, createdTime: createdTime)
            ]
        )
    }
}
