import AWSModel
import DesiredState
import Reconcile

/// How `Fleet.changed()` edits a resource: every second resource of each collection changes, the kinds of
/// change taking turns so that the writes spread over the operations a real change set uses.
enum FleetChange: String, Sendable, CaseIterable {
    case description
    case permissions
    case tagValue
    case tagRemovedWithDescription
    case sessionSettings
    case duration
    case attributeMapping
    case rolesAnywhereTag
    case disable

    /// The change made to the resource at `index` of its collection (per instance for Connect), if any.
    static func of(_ kind: ResourceKind, index: Int) -> FleetChange? {
        guard index % 2 == 0 else { return nil }
        let turn = index / 2 % 4
        switch kind {
        case .securityProfile: return [.description, .permissions, .tagValue, .tagRemovedWithDescription][turn]
        case .authenticationProfile: return .sessionSettings
        case .rolesAnywhereProfile: return [.duration, .attributeMapping, .rolesAnywhereTag, .disable][turn]
        default: return nil
        }
    }

    /// The least a client must write to make the change, as (service, operation), in AWS's terms.
    var writes: [OperationKey] {
        switch self {
        case .description, .permissions: [.connect("UpdateSecurityProfile")]
        case .tagValue: [.connect("TagResource")]
        case .tagRemovedWithDescription: [.connect("UpdateSecurityProfile"), .connect("UntagResource")]
        case .sessionSettings: [.connect("UpdateAuthenticationProfile")]
        case .duration: [.rolesAnywhere("UpdateProfile")]
        case .attributeMapping: [.rolesAnywhere("PutAttributeMapping")]
        case .rolesAnywhereTag: [.rolesAnywhere("TagResource")]
        case .disable: [.rolesAnywhere("DisableProfile")]
        }
    }

    /// The file keys whose value the change changes: what its writes carry.
    var fields: [String] {
        switch self {
        case .description: ["description"]
        case .permissions: ["permissions"]
        case .tagValue, .rolesAnywhereTag: ["tags"]
        case .tagRemovedWithDescription: ["description", "tags"]
        case .sessionSettings: ["allowedIps", "sessionInactivity"]
        case .duration: ["durationSeconds"]
        case .attributeMapping: ["attributeMappings"]
        case .disable: ["enabled"]
        }
    }

    /// The resource as the changed file declares it.
    func apply(to resource: FleetResource) -> FleetResource {
        var changed = resource
        switch self {
        case .description:
            changed["description"] = .string((resource["description"]?.stringValue ?? "") + " (revised)")
        case .permissions:
            let have = resource["permissions"]?.arrayValue ?? []
            let extra = Fleet.permissionPool.first { !have.contains(.string($0)) } ?? "Reports.View"
            changed["permissions"] = .array(have + [.string(extra)])
        case .tagValue:
            changed["tags"] = Self.editing(resource["tags"]) { $0["cost-center"] = "9999" }
        case .tagRemovedWithDescription:
            changed["tags"] = Self.editing(resource["tags"]) { $0["owner"] = nil }
            changed["description"] = .string((resource["description"]?.stringValue ?? "") + " (no owner)")
        case .sessionSettings:
            changed["allowedIps"] = .array((resource["allowedIps"]?.arrayValue ?? []) + ["192.0.2.0/24"])
            changed["sessionInactivity"] = ["enabled": true, "duration": 30]
        case .duration:
            changed["durationSeconds"] = 7200
        case .attributeMapping:
            changed["attributeMappings"] = Self.editing(resource["attributeMappings"]) {
                $0["x509SAN"] = ["DNS", "URI"]
            }
        case .rolesAnywhereTag:
            changed["tags"] = Self.editing(resource["tags"]) { $0["team"] = "platform-security" }
        case .disable:
            changed["enabled"] = false
        }
        return changed
    }

    private static func editing(_ value: JSONValue?, _ edit: (inout [String: JSONValue]) -> Void) -> JSONValue {
        var members = value?.objectValue ?? [:]
        edit(&members)
        return .object(members)
    }
}

extension Fleet {
    /// The fleet with every second resource of each collection changed (`FleetChange.of`); an instance's
    /// authentication profile counts as the instance's position among instances.
    func changed() -> Fleet {
        var fleet = self
        func changing(_ resources: inout [FleetResource], index position: (Int) -> Int) {
            for index in resources.indices {
                if let change = FleetChange.of(resources[index].kind, index: position(index)) {
                    resources[index] = change.apply(to: resources[index])
                }
            }
        }
        for position in fleet.instances.indices {
            changing(&fleet.instances[position].authenticationProfiles) { _ in position }
            changing(&fleet.instances[position].securityProfiles) { $0 }
        }
        changing(&fleet.rolesAnywhereProfiles) { $0 }
        return fleet
    }

    /// The resources `changed()` changes, and how, in file order.
    var changes: [(resource: FleetResource, change: FleetChange)] {
        var changes: [(FleetResource, FleetChange)] = []
        for (position, instance) in instances.enumerated() {
            for profile in instance.authenticationProfiles {
                if let change = FleetChange.of(.authenticationProfile, index: position) {
                    changes.append((profile, change))
                }
            }
            for (index, profile) in instance.securityProfiles.enumerated() {
                if let change = FleetChange.of(.securityProfile, index: index) { changes.append((profile, change)) }
            }
        }
        for (index, profile) in rolesAnywhereProfiles.enumerated() {
            if let change = FleetChange.of(.rolesAnywhereProfile, index: index) { changes.append((profile, change)) }
        }
        return changes
    }
}
