import DesiredState

/// The values references can take before apply: instance ids and ARNs, and the ids and ARNs of managed
/// resources that already exist. A reference to something only a create will make is unknown until apply.
public struct KnownValues: Sendable {
    private var values: [Reference: String] = [:]

    public init() {}

    public init(observed: ObservedState, desired: DesiredState) {
        for instance in desired.connectInstances {
            guard let live = observed.instances[instance.key] else { continue }
            values[Reference(target: instance.address, attribute: .id)] = live.id
            values[Reference(target: instance.address, attribute: .arn)] = live.arn
        }
        for (address, resource) in observed.resources {
            record(address, id: resource.live.identity.id, arn: resource.live.identity.arn)
        }
    }

    /// Records what a create returned (or what the reader found).
    public mutating func record(_ address: Address, id: String?, arn: String?) {
        if let id { values[Reference(target: address, attribute: .id)] = id }
        if let arn { values[Reference(target: address, attribute: .arn)] = arn }
    }

    public subscript(reference: Reference) -> String? { values[reference] }
}
