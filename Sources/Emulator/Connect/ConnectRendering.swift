import AWSModel

/// Connect resources as the API's output shapes spell them.
struct ConnectRendering {
    var region: String
    var accountId: String

    func arn(_ instance: ConnectInstance) -> String {
        ConnectARN(region: region, accountId: accountId, instanceId: instance.id).text
    }

    func arn(_ instance: ConnectInstance, _ kind: ConnectARN.Resource, _ id: String) -> String {
        ConnectARN(region: region, accountId: accountId, instanceId: instance.id, resource: (kind, id)).text
    }

    /// `InstanceSummary`.
    func summary(_ instance: ConnectInstance) -> JSONValue {
        let roleSuffix = DerivedIdentifier.token(
            10, alphabet: "abcdefghijklmnopqrstuvwxyz0123456789", from: instance.id)
        return [
            "Id": .string(instance.id),
            "Arn": .string(arn(instance)),
            "IdentityManagementType": .string(instance.identityManagementType),
            "InstanceAlias": .string(instance.alias),
            "CreatedTime": instance.createdTime.json,
            "ServiceRole": .string(
                "arn:aws:iam::\(accountId):role/aws-service-role/connect.amazonaws.com/"
                    + "AWSServiceRoleForAmazonConnect_\(roleSuffix)"
            ),
            "InstanceStatus": .string(instance.status),
            "InboundCallsEnabled": .bool(instance.inboundCallsEnabled),
            "OutboundCallsEnabled": .bool(instance.outboundCallsEnabled),
            "InstanceAccessUrl": .string("https://\(instance.alias).my.connect.aws"),
        ]
    }

    /// `Instance`: the summary plus tags.
    func detail(_ instance: ConnectInstance) -> JSONValue {
        var members = summary(instance).objectValue ?? [:]
        members["Tags"] = instance.tags.json
        return .object(members)
    }

    /// `SecurityProfileSummary`.
    func summary(_ profile: SecurityProfile, in instance: ConnectInstance) -> JSONValue {
        [
            "Id": .string(profile.id),
            "Arn": .string(arn(instance, .securityProfile, profile.id)),
            "Name": .string(profile.name),
            "LastModifiedTime": profile.lastModifiedTime.json,
            "LastModifiedRegion": .string(profile.lastModifiedRegion),
        ]
    }

    /// `SecurityProfile` (DescribeSecurityProfile): no permissions, applications or flow modules.
    func detail(_ profile: SecurityProfile, in instance: ConnectInstance) -> JSONValue {
        var members: [String: JSONValue] = [
            "Id": .string(profile.id),
            "OrganizationResourceId": .string(instance.id),
            "Arn": .string(arn(instance, .securityProfile, profile.id)),
            "SecurityProfileName": .string(profile.name),
            "Tags": profile.tags.json,
            "AllowedAccessControlTags": profile.allowedAccessControlTags.json,
            "TagRestrictedResources": profile.tagRestrictedResources.json,
            "HierarchyRestrictedResources": profile.hierarchyRestrictedResources.json,
            "LastModifiedTime": profile.lastModifiedTime.json,
            "LastModifiedRegion": .string(profile.lastModifiedRegion),
        ]
        if let description = profile.description { members["Description"] = .string(description) }
        if let group = profile.allowedAccessControlHierarchyGroupId {
            members["AllowedAccessControlHierarchyGroupId"] = .string(group)
        }
        if let granular = profile.granularAccessControlConfiguration {
            members["GranularAccessControlConfiguration"] = granular
        }
        return .object(members)
    }

    /// `Application`.
    func application(_ application: SecurityProfileApplication) -> JSONValue {
        var members: [String: JSONValue] = [
            "Namespace": .string(application.namespace),
            "ApplicationPermissions": application.applicationPermissions.json,
        ]
        if let type = application.type { members["Type"] = .string(type) }
        return .object(members)
    }

    /// `FlowModule`.
    func flowModule(_ module: FlowModule) -> JSONValue {
        var members: [String: JSONValue] = [:]
        if let type = module.type { members["Type"] = .string(type) }
        if let id = module.flowModuleId { members["FlowModuleId"] = .string(id) }
        return .object(members)
    }

    /// `AuthenticationProfileSummary`.
    func summary(_ profile: AuthenticationProfile, in instance: ConnectInstance) -> JSONValue {
        [
            "Id": .string(profile.id),
            "Arn": .string(arn(instance, .authenticationProfile, profile.id)),
            "Name": .string(profile.name),
            "IsDefault": .bool(profile.isDefault),
            "LastModifiedTime": profile.lastModifiedTime.json,
            "LastModifiedRegion": .string(profile.lastModifiedRegion),
        ]
    }

    /// `AuthenticationProfile`.
    func detail(_ profile: AuthenticationProfile, in instance: ConnectInstance) -> JSONValue {
        var members: [String: JSONValue] = [
            "Id": .string(profile.id),
            "Arn": .string(arn(instance, .authenticationProfile, profile.id)),
            "Name": .string(profile.name),
            "AllowedIps": profile.allowedIps.json,
            "BlockedIps": profile.blockedIps.json,
            "IsDefault": .bool(profile.isDefault),
            "CreatedTime": profile.createdTime.json,
            "LastModifiedTime": profile.lastModifiedTime.json,
            "LastModifiedRegion": .string(profile.lastModifiedRegion),
        ]
        if let description = profile.description { members["Description"] = .string(description) }
        if let minutes = profile.periodicSessionDuration {
            members["PeriodicSessionDuration"] = .integer(Int64(minutes))
        }
        if let minutes = profile.maxSessionDuration { members["MaxSessionDuration"] = .integer(Int64(minutes)) }
        if let minutes = profile.sessionInactivityDuration {
            members["SessionInactivityDuration"] = .integer(Int64(minutes))
        }
        if let enabled = profile.sessionInactivityHandlingEnabled {
            members["SessionInactivityHandlingEnabled"] = .bool(enabled)
        }
        return .object(members)
    }

    /// `HierarchyGroupSummary`.
    func summary(_ group: HierarchyGroup, in instance: ConnectInstance) -> JSONValue {
        [
            "Id": .string(group.id),
            "Arn": .string(arn(instance, .hierarchyGroup, group.id)),
            "Name": .string(group.name),
            "LastModifiedTime": group.lastModifiedTime.json,
            "LastModifiedRegion": .string(group.lastModifiedRegion),
        ]
    }
}
