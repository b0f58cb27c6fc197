public import AWSModel
public import Foundation

/// A Connect security profile. Describe returns the scalar fields; permissions, applications and flow
/// modules come from their own List calls.
public struct SecurityProfile: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var permissions: [String]
    public var tags: [String: String]
    public var allowedAccessControlTags: [String: String]
    public var tagRestrictedResources: [String]
    public var hierarchyRestrictedResources: [String]
    public var allowedAccessControlHierarchyGroupId: String?
    public var applications: [SecurityProfileApplication]
    public var allowedFlowModules: [FlowModule]
    /// Kept as the JSON it was written with.
    public var granularAccessControlConfiguration: JSONValue?
    public var lastModifiedTime: Date
    public var lastModifiedRegion: String
    /// When set, the profile is assigned to users and DeleteSecurityProfile answers ResourceInUseException
    /// (the default Admin profile is assigned to the instance's administrator).
    public var assignedToUsers: Bool

    public init(
        id: String,
        name: String,
        description: String? = nil,
        permissions: [String] = [],
        tags: [String: String] = [:],
        allowedAccessControlTags: [String: String] = [:],
        tagRestrictedResources: [String] = [],
        hierarchyRestrictedResources: [String] = [],
        allowedAccessControlHierarchyGroupId: String? = nil,
        applications: [SecurityProfileApplication] = [],
        allowedFlowModules: [FlowModule] = [],
        granularAccessControlConfiguration: JSONValue? = nil,
        lastModifiedTime: Date,
        lastModifiedRegion: String,
        assignedToUsers: Bool = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.permissions = permissions
        self.tags = tags
        self.allowedAccessControlTags = allowedAccessControlTags
        self.tagRestrictedResources = tagRestrictedResources
        self.hierarchyRestrictedResources = hierarchyRestrictedResources
        self.allowedAccessControlHierarchyGroupId = allowedAccessControlHierarchyGroupId
        self.applications = applications
        self.allowedFlowModules = allowedFlowModules
        self.granularAccessControlConfiguration = granularAccessControlConfiguration
        self.lastModifiedTime = lastModifiedTime
        self.lastModifiedRegion = lastModifiedRegion
        self.assignedToUsers = assignedToUsers
    }
}

/// A third-party application (or MCP server) a security profile grants access to.
public struct SecurityProfileApplication: Codable, Sendable, Hashable {
    public var namespace: String
    public var applicationPermissions: [String]
    /// `THIRD_PARTY_APPLICATION` or `MCP`, when given.
    public var type: String?

    public init(namespace: String, applicationPermissions: [String], type: String? = nil) {
        self.namespace = namespace
        self.applicationPermissions = applicationPermissions
        self.type = type
    }
}

/// A flow module a security profile allows.
public struct FlowModule: Codable, Sendable, Hashable {
    public var type: String?
    public var flowModuleId: String?

    public init(type: String? = nil, flowModuleId: String? = nil) {
        self.type = type
        self.flowModuleId = flowModuleId
    }
}
