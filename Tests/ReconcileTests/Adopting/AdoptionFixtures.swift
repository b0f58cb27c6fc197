import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// Adoption without a network: a file, the live state that matches it exactly, console edits made to that
/// live state, and what adopting the drift gives.
enum AdoptionFixtures {
    /// What adopting gave, and what planning the adopted file against the same live state gives.
    struct Outcome {
        var original: String
        var adoption: Adoption
        var adopted: String
        /// The drift report adopted.
        var drift: Plan
        /// The adopted file planned against the live state (nil when it does not load).
        var replan: Plan?
        var tree: SourceTree
    }

    /// The live state that matches `desired` exactly: every declared resource exists, with made-up ids, and
    /// every managed field holds what the file says.
    static func matching(_ desired: DesiredState) -> ObservedState {
        var observed = ObservedState(accountId: "111122223333")
        for (index, instance) in desired.connectInstances.enumerated() {
            let id = "0000000\(index)-1111-4222-8333-444444444444"
            let region = desired.region(of: instance) ?? "eu-west-2"
            observed.instances[instance.key] = ObservedInstance(
                id: id, arn: "arn:aws:connect:\(region):111122223333:instance/\(id)", alias: "alias-\(index)",
                region: region)
        }
        // Identities first: values may refer to them.
        var identities: [Address: LiveResource] = [:]
        for (index, resource) in desired.resources.enumerated() {
            let id = "resource-\(index)"
            let instanceId = resource.instance.flatMap { observed.instances[$0]?.id }
            let arn = "arn:aws:\(resource.kind.collection):eu-west-2:111122223333:\(resource.key)/\(id)"
            identities[resource.address] = LiveResource(
                kind: resource.kind, name: resource.name?.value ?? resource.key,
                identity: .init(region: "eu-west-2", instanceId: instanceId, id: id, arn: arn))
        }
        for (address, live) in identities {
            observed.resources[address] = ObservedResource(address: address, live: live, values: [:])
        }
        let known = KnownValues(observed: observed)
        for resource in desired.resources {
            var values: [String: JSONValue] = [:]
            for entry in resource.fields {
                guard let field = resource.kind.field(entry.key.value), !field.isIdentifier,
                    case .known(let value) = ResolvedValue(entry.value.value, known: known)
                else { continue }
                values[field.key] = FieldMapping.normalized(value, field)
            }
            observed.resources[resource.address] = ObservedResource(
                address: resource.address, live: identities[resource.address]!, values: values)
        }
        return observed
    }

    /// The live state with one field of one resource changed, as in the console.
    static func edited(_ observed: ObservedState, _ address: String, _ field: String, _ value: JSONValue?)
        -> ObservedState
    {
        var observed = observed
        let key = Address(address.split(separator: ".").map(String.init))
        let resource = observed.resources[key]!
        var values = resource.values
        values[field] = value
        observed.resources[key] = ObservedResource(address: key, live: resource.live, values: values)
        return observed
    }

    static func load(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> DesiredState {
        let loaded = DesiredState.load(text: text, file: "warden.yaml", layout: Kinds.layout)
        #expect(loaded.diagnostics.all.filter { $0.severity == .error } == [], sourceLocation: sourceLocation)
        return try #require(loaded.state, sourceLocation: sourceLocation)
    }

    static func drift(_ desired: DesiredState, _ observed: ObservedState) throws -> Plan {
        try Planner(
            desired: desired, observed: observed, desiredFile: PlannerFixtures.file, mode: .drift,
            wardenVersion: "test"
        ).plan().get()
    }

    /// Adopts the drift of `text` against `live` (made from the file's matching live state by `edit`).
    static func adopt(
        _ text: String, unmanaged: [ImportedResource]? = nil, addresses: [String] = [],
        edit: (ObservedState) -> ObservedState
    ) throws -> Outcome {
        let desired = try load(text)
        let observed = edit(matching(desired))
        let drift = try drift(desired, observed)
        let tree = try SourceTree.parse(text, file: "warden.yaml")
        let adoption = Adopter(
            text: text, tree: tree, plan: drift, observed: observed, addresses: addresses, unmanaged: unmanaged
        ).adopt()
        let adopted = adoption.text(from: text)
        let reloaded = DesiredState.load(text: adopted, file: "warden.yaml", layout: Kinds.layout)
        let replan = try reloaded.state.map { try Self.drift($0, observed) }
        #expect(reloaded.diagnostics.all.filter { $0.severity == .error } == [], "\(adopted)")
        return Outcome(
            original: text, adoption: adoption, adopted: adopted, drift: drift, replan: replan, tree: tree)
    }

    /// Where adopting the drifted fields of `drift` may change `text`: a scalar's or flow collection's own
    /// bytes; for a block collection, from just after its key's `:` to the end of its last line. Made from
    /// the marks alone, not from the edits.
    static func allowedRegions(_ drift: Plan, _ tree: SourceTree, _ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var regions: [Range<Int>] = []
        for change in drift.changes where change.action == .update {
            var node = tree.root
            for key in change.address.split(separator: ".") { node = node[String(key)]! }
            for field in change.fieldsToCheck {
                guard let entry = node.entries?.first(where: { $0.key.scalar?.value == field }) else { continue }
                let value = entry.value
                if value.scalar != nil || value.collectionStyle == .flow {
                    regions.append(value.span)
                } else {
                    var end = value.span.upperBound
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    regions.append(entry.key.span.upperBound..<min(end + 1, bytes.count))
                }
            }
        }
        return regions.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `adopted` is `original` with only the bytes in `regions` replaced: the bytes between the
    /// regions appear, in order, with anything in place of each region.
    static func differsOnlyInside(_ regions: [Range<Int>], original: String, adopted: String) -> Bool {
        let old = Array(original.utf8)
        let new = Array(adopted.utf8)
        guard !regions.isEmpty else { return old == new }
        var fixed: [ArraySlice<UInt8>] = []
        var position = 0
        for region in regions {
            guard region.lowerBound >= position else { return false }
            fixed.append(old[position..<region.lowerBound])
            position = region.upperBound
        }
        fixed.append(old[position...])
        guard new.starts(with: fixed[0]) else { return false }
        var at = fixed[0].count
        for piece in fixed.dropFirst().dropLast() {
            guard let found = firstIndex(of: piece, in: new, from: at) else { return false }
            at = found + piece.count
        }
        let last = fixed.count > 1 ? fixed[fixed.count - 1] : []
        return new.count - at >= last.count && new.suffix(last.count).elementsEqual(last)
    }

    private static func firstIndex(of piece: ArraySlice<UInt8>, in bytes: [UInt8], from start: Int) -> Int? {
        guard !piece.isEmpty else { return start }
        var index = start
        while index + piece.count <= bytes.count {
            if bytes[index..<(index + piece.count)].elementsEqual(piece) { return index }
            index += 1
        }
        return nil
    }
}
