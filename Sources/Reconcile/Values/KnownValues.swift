public import DesiredState
import Plan

/// The values references can take before apply: instance ids and ARNs, and the ids and ARNs of managed
/// resources that already exist. A reference to something only a create will make is unknown until apply.
public struct KnownValues: Sendable {
    /// The live resources, looked up as references ask (a table of every id and ARN would cost more to
    /// make than all the lookups of a plan).
    private var resources: [Address: ObservedResource] = [:]
    private var instances: [Address: ObservedInstance] = [:]
    /// What creates returned, which wins over what was observed.
    private var recorded: [Reference: String] = [:]

    public init() {}

    /// The values of `observed`, whose instances are those the file declares.
    public init(observed: ObservedState) {
        for (key, live) in observed.instances { instances[.connectInstance(key)] = live }
        resources = observed.resources
    }

    public init(observed: ObservedState, desired: DesiredState) {
        for instance in desired.connectInstances {
            guard let live = observed.instances[instance.key] else { continue }
            instances[instance.address] = live
        }
        resources = observed.resources
    }

    /// Records what a create returned (or what the reader found).
    public mutating func record(_ address: Address, id: String?, arn: String?) {
        if let id { recorded[Reference(target: address, attribute: .id)] = id }
        if let arn { recorded[Reference(target: address, attribute: .arn)] = arn }
    }

    public subscript(reference: Reference) -> String? {
        if !recorded.isEmpty, let value = recorded[reference] { return value }
        if let identity = resources[reference.target]?.live.identity {
            switch reference.attribute {
            case .id: return identity.id
            case .arn: return identity.arn
            }
        }
        guard let instance = instances[reference.target] else { return nil }
        switch reference.attribute {
        case .id: return instance.id
        case .arn: return instance.arn
        }
    }
}
