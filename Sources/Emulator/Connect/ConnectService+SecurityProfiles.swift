import AWSModel

extension ConnectService {
    /// Amazon Connect's default quota of security profiles per instance.
    static let securityProfilesPerInstance = 100

    func listSecurityProfiles() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        let (profiles, next) = try page(instance.securityProfiles, scope: instance.id)
        return .read(
            paged(["SecurityProfileSummaryList": .array(profiles.map { render.summary($0, in: instance) })], next: next)
        )
    }

    func describeSecurityProfile() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        let profile = instance.securityProfiles[
            try securityProfileIndex(input.string("SecurityProfileId") ?? "", in: instance)]
        return .read(["SecurityProfile": render.detail(profile, in: instance)])
    }

    mutating func createSecurityProfile() throws(ServiceError) -> HandlerResult {
        let (index, instance) = try instance()
        let name = input.string("SecurityProfileName") ?? ""
        if instance.securityProfiles.contains(where: { $0.name == name }) {
            throw ServiceError("DuplicateResourceException", "A security profile named \(name) already exists.")
        }
        guard instance.securityProfiles.count < Self.securityProfilesPerInstance else {
            throw ServiceError(
                "LimitExceededException",
                "The limit of \(Self.securityProfilesPerInstance) security profiles per instance has been reached."
            )
        }
        var profile = SecurityProfile(
            id: DerivedIdentifier.uuid(using: &random),
            name: name,
            tags: input.stringMap("Tags") ?? [:],
            lastModifiedTime: call.now,
            lastModifiedRegion: call.region
        )
        try apply(input, to: &profile, in: instance)
        region.connectInstances[index].securityProfiles.append(profile)
        return .wrote([
            "SecurityProfileId": .string(profile.id),
            "SecurityProfileArn": .string(render.arn(instance, .securityProfile, profile.id)),
        ])
    }

    mutating func updateSecurityProfile() throws(ServiceError) -> HandlerResult {
        let (index, instance) = try instance()
        let profileIndex = try securityProfileIndex(input.string("SecurityProfileId") ?? "", in: instance)
        var profile = instance.securityProfiles[profileIndex]
        try apply(input, to: &profile, in: instance)
        profile.lastModifiedTime = call.now
        profile.lastModifiedRegion = call.region
        region.connectInstances[index].securityProfiles[profileIndex] = profile
        return .wrote(nil)
    }

    mutating func deleteSecurityProfile() throws(ServiceError) -> HandlerResult {
        let (index, instance) = try instance()
        let profileIndex = try securityProfileIndex(input.string("SecurityProfileId") ?? "", in: instance)
        let profile = instance.securityProfiles[profileIndex]
        if profile.assignedToUsers {
            throw ServiceError(
                "ResourceInUseException",
                "Security profile \(profile.id) is assigned to one or more users and cannot be deleted.",
                extra: [
                    "ResourceType": "USER",
                    "ResourceId": .string(render.arn(instance, .securityProfile, profile.id)),
                ]
            )
        }
        region.connectInstances[index].securityProfiles.remove(at: profileIndex)
        return .wrote(nil)
    }

    func listSecurityProfilePermissions() throws(ServiceError) -> HandlerResult {
        let (instance, profile) = try securityProfile()
        let (permissions, next) = try page(profile.permissions, scope: "\(instance.id)/\(profile.id)")
        return .read(paged(modified(profile, ["Permissions": permissions.json]), next: next))
    }

    func listSecurityProfileApplications() throws(ServiceError) -> HandlerResult {
        let (instance, profile) = try securityProfile()
        let (applications, next) = try page(profile.applications, scope: "\(instance.id)/\(profile.id)")
        return .read(
            paged(modified(profile, ["Applications": .array(applications.map(render.application))]), next: next))
    }

    func listSecurityProfileFlowModules() throws(ServiceError) -> HandlerResult {
        let (instance, profile) = try securityProfile()
        let (modules, next) = try page(profile.allowedFlowModules, scope: "\(instance.id)/\(profile.id)")
        return .read(
            paged(modified(profile, ["AllowedFlowModules": .array(modules.map(render.flowModule))]), next: next))
    }

    // MARK: Helpers

    private func securityProfile() throws(ServiceError) -> (ConnectInstance, SecurityProfile) {
        let (_, instance) = try instance()
        let profile = instance.securityProfiles[
            try securityProfileIndex(input.string("SecurityProfileId") ?? "", in: instance)]
        return (instance, profile)
    }

    private func modified(_ profile: SecurityProfile, _ members: [String: JSONValue]) -> [String: JSONValue] {
        members.merging(
            [
                "LastModifiedTime": profile.lastModifiedTime.json,
                "LastModifiedRegion": .string(profile.lastModifiedRegion),
            ]
        ) { first, _ in first }
    }

    /// Writes the members `input` carries onto `profile`; lists and maps are replaced whole. Checks what the
    /// model cannot: hierarchy restrictions apply to `User` only, the hierarchy group exists, and each
    /// application namespace appears once.
    private func apply(_ input: JSONValue, to profile: inout SecurityProfile, in instance: ConnectInstance)
        throws(ServiceError)
    {
        if let resources = input.strings("HierarchyRestrictedResources"),
            let invalid = resources.first(where: { $0 != "User" })
        {
            throw ServiceError(
                "InvalidParameterException",
                "HierarchyRestrictedResources contains \(invalid); the only acceptable resource name is User."
            )
        }
        if let group = input.string("AllowedAccessControlHierarchyGroupId"), !group.isEmpty,
            !instance.hierarchyGroups.contains(where: { $0.id == group })
        {
            throw ServiceError("InvalidParameterException", "Hierarchy group \(group) does not exist in this instance.")
        }
        let applications = (input["Applications"]?.arrayValue ?? []).map { element in
            SecurityProfileApplication(
                namespace: element.string("Namespace") ?? "",
                applicationPermissions: element.strings("ApplicationPermissions") ?? [],
                type: element.string("Type")
            )
        }
        var namespaces: Set<String> = []
        for application in applications where !namespaces.insert(application.namespace).inserted {
            throw ServiceError(
                "InvalidParameterException",
                "Applications contains the namespace \(application.namespace) more than once."
            )
        }

        if let description = input.string("Description") { profile.description = description }
        if let permissions = input.strings("Permissions") { profile.permissions = Self.unique(permissions) }
        if let tags = input.stringMap("AllowedAccessControlTags") { profile.allowedAccessControlTags = tags }
        if let resources = input.strings("TagRestrictedResources") {
            profile.tagRestrictedResources = Self.unique(resources)
        }
        if let resources = input.strings("HierarchyRestrictedResources") {
            profile.hierarchyRestrictedResources = Self.unique(resources)
        }
        if let group = input.string("AllowedAccessControlHierarchyGroupId") {
            profile.allowedAccessControlHierarchyGroupId = group.isEmpty ? nil : group
        }
        if input.has("Applications") { profile.applications = applications }
        if let modules = input["AllowedFlowModules"]?.arrayValue {
            profile.allowedFlowModules = modules.map {
                FlowModule(type: $0.string("Type"), flowModuleId: $0.string("FlowModuleId"))
            }
        }
        if let granular = input["GranularAccessControlConfiguration"], granular != .null {
            profile.granularAccessControlConfiguration = granular
        }
    }

    /// The elements in order of first appearance, each once: AWS keeps these lists as sets.
    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
