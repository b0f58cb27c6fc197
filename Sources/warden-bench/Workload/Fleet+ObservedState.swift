import AWSModel
import DesiredState
import Plan
import Reconcile

extension Fleet {
    /// What Warden's reader would observe in an account holding exactly this fleet, built in memory: every
    /// resource found, every field it manages read, references resolved, values normalised as the reader
    /// normalises them.
    func observedState() -> ObservedState {
        var observed = ObservedState(accountId: shape.accountId)
        for instance in instances {
            observed.instances[instance.key] = ObservedInstance(
                id: instance.id, arn: instance.arn(region: shape.region, accountId: shape.accountId),
                alias: instance.alias, region: shape.region)
            for resource in instance.authenticationProfiles + instance.securityProfiles {
                observed.resources[resource.address] = observedResource(resource, instance: instance)
            }
        }
        for resource in rolesAnywhereProfiles {
            observed.resources[resource.address] = observedResource(resource, instance: nil)
        }
        return observed
    }

    private func observedResource(_ resource: FleetResource, instance: FleetInstance?) -> ObservedResource {
        var values: [String: JSONValue] = [:]
        for field in resource.fields {
            guard let description = resource.kind.field(field.key), !description.isIdentifier else { continue }
            values[field.key] = FieldMapping.normalized(resolvingReferences(field.value), description)
        }
        let arn: String
        switch resource.kind.scope {
        case .connectInstance:
            let instanceArn = instance?.arn(region: shape.region, accountId: shape.accountId) ?? ""
            let collection = resource.kind == .securityProfile ? "security-profile" : "authentication-profile"
            arn = "\(instanceArn)/\(collection)/\(resource.id)"
        case .rolesAnywhere:
            arn = "arn:aws:rolesanywhere:\(shape.region):\(shape.accountId):profile/\(resource.id)"
        }
        let live = LiveResource(
            kind: resource.kind,
            name: resource.name,
            identity: .init(region: shape.region, instanceId: instance?.id, id: resource.id, arn: arn)
        )
        return ObservedResource(address: resource.address, live: live, values: values)
    }
}
