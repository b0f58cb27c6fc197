import AWSModel
import Emulator
import Foundation

extension Fleet {
    /// When the seeded resources were created and last changed.
    static let seededAt = Date(timeIntervalSince1970: 1_704_067_200)

    /// The emulator's account holding exactly the fleet's resources, as the file declares them.
    func emulatorSeed() -> EmulatorSeed {
        var region = RegionState()
        region.connectInstances = instances.map(emulatorInstance)
        region.rolesAnywhereProfiles = rolesAnywhereProfiles.map(emulatorProfile)
        return EmulatorSeed(accountId: shape.accountId, state: EmulatorState(regions: [shape.region: region]))
    }

    private func emulatorInstance(_ instance: FleetInstance) -> ConnectInstance {
        ConnectInstance(
            id: instance.id,
            alias: instance.alias,
            createdTime: Self.seededAt,
            securityProfiles: instance.securityProfiles.map(emulatorSecurityProfile),
            authenticationProfiles: instance.authenticationProfiles.map(emulatorAuthenticationProfile),
            hierarchyGroups: [
                HierarchyGroup(
                    id: instance.hierarchyGroupId, name: "Agents", lastModifiedTime: Self.seededAt,
                    lastModifiedRegion: shape.region)
            ],
            flowModules: instance.flowModuleIds.enumerated().map { number, id in
                ContactFlowModule(id: id, name: "Tool \(number)")
            }
        )
    }

    private func emulatorSecurityProfile(_ profile: FleetResource) -> SecurityProfile {
        SecurityProfile(
            id: profile.id,
            name: profile.name,
            description: profile["description"]?.stringValue,
            permissions: Self.strings(profile["permissions"]),
            tags: Self.stringMap(profile["tags"]),
            allowedAccessControlTags: Self.stringMap(profile["allowedAccessControlTags"]),
            tagRestrictedResources: Self.strings(profile["tagRestrictedResources"]),
            hierarchyRestrictedResources: Self.strings(profile["hierarchyRestrictedResources"]),
            allowedAccessControlHierarchyGroupId: profile["allowedAccessControlHierarchyGroupId"]?.stringValue,
            applications: (profile["applications"]?.arrayValue ?? []).map { application in
                SecurityProfileApplication(
                    namespace: application["namespace"]?.stringValue ?? "",
                    applicationPermissions: Self.strings(application["permissions"]),
                    type: application["type"]?.stringValue)
            },
            allowedFlowModules: (profile["allowedFlowModules"]?.arrayValue ?? []).map { module in
                FlowModule(type: module["type"]?.stringValue, flowModuleId: module["flowModuleId"]?.stringValue)
            },
            granularAccessControlConfiguration: profile["granularAccessControlConfiguration"].map(Self.awsMembers),
            lastModifiedTime: Self.seededAt,
            lastModifiedRegion: shape.region
        )
    }

    private func emulatorAuthenticationProfile(_ profile: FleetResource) -> AuthenticationProfile {
        let inactivity = profile["sessionInactivity"]
        return AuthenticationProfile(
            id: profile.id,
            name: profile.name,
            description: profile["description"]?.stringValue,
            allowedIps: Self.strings(profile["allowedIps"]),
            blockedIps: Self.strings(profile["blockedIps"]),
            isDefault: profile.name == "Default",
            createdTime: Self.seededAt,
            lastModifiedTime: Self.seededAt,
            lastModifiedRegion: shape.region,
            periodicSessionDuration: 60,
            maxSessionDuration: 720,
            sessionInactivityDuration: inactivity?["duration"]?.integerValue.map(Int.init),
            sessionInactivityHandlingEnabled: inactivity?["enabled"]?.boolValue
        )
    }

    private func emulatorProfile(_ profile: FleetResource) -> RolesAnywhereProfile {
        let mappings = profile["attributeMappings"]?.objectValue ?? [:]
        let tags = profile["tags"]?.objectValue ?? [:]
        return RolesAnywhereProfile(
            id: profile.id,
            name: profile.name,
            enabled: profile["enabled"]?.boolValue ?? false,
            requireInstanceProperties: profile["requireInstanceProperties"]?.boolValue ?? false,
            sessionPolicy: profile["sessionPolicy"].map { resolvingReferences($0).serialized() },
            roleArns: Self.strings(profile["roleArns"]),
            managedPolicyArns: Self.strings(profile["managedPolicyArns"]),
            durationSeconds: profile["durationSeconds"]?.integerValue.map(Int.init) ?? 3600,
            acceptRoleSessionName: profile["acceptRoleSessionName"]?.boolValue ?? false,
            attributeMappings: mappings.keys.sorted().map { field in
                AttributeMapping(certificateField: field, specifiers: Self.strings(mappings[field]))
            },
            tags: tags.keys.sorted().map { RolesAnywhereProfile.Tag(key: $0, value: tags[$0]?.stringValue ?? "") },
            createdAt: Self.seededAt,
            updatedAt: Self.seededAt,
            createdBy: "arn:aws:iam::\(shape.accountId):user/warden-bench"
        )
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    private static func stringMap(_ value: JSONValue?) -> [String: String] {
        (value?.objectValue ?? [:]).compactMapValues(\.stringValue)
    }

    /// A nested file value in AWS's member names: the same keys with their first letter upper-cased.
    static func awsMembers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var renamed: [String: JSONValue] = [:]
            for (key, member) in members { renamed[key.prefix(1).uppercased() + key.dropFirst()] = awsMembers(member) }
            return .object(renamed)
        case .array(let items): return .array(items.map(awsMembers))
        default: return value
        }
    }
}
