public import AWSModel
public import DesiredState
public import Plan

/// What a kind's behavior needs to write one resource: who it is, what the file wants, what AWS has.
public struct CallContext: Sendable {
    public var kind: ResourceKind
    /// The resource's address, for references to itself (a create's later calls need its new id).
    public var address: Address
    public var name: String
    /// Known parts of the identity (none of id/arn for a create).
    public var identity: ResourceChange.Identity
    /// The desired values by file key: every managed field's for a create; for an update, at least those of
    /// the fields that change (the planner leaves out fields already as declared).
    public var desired: [String: ResolvedValue]
    /// The live values (empty for a create).
    public var observed: [String: JSONValue]
    /// The file keys whose values change (every declared key for a create).
    public var changed: Set<String>
    /// What references resolve to before apply (to tell which parts of a value wait for a create).
    public var known: KnownValues

    public init(
        kind: ResourceKind,
        address: Address,
        name: String,
        identity: ResourceChange.Identity,
        desired: [String: ResolvedValue],
        observed: [String: JSONValue],
        changed: Set<String>,
        known: KnownValues = KnownValues()
    ) {
        self.kind = kind
        self.address = address
        self.name = name
        self.identity = identity
        self.desired = desired
        self.observed = observed
        self.changed = changed
        self.known = known
    }

    /// The AWS members that carry `keys`, and which of them wait for a value only apply will know.
    /// `convert` turns a file value into members when the kind's shape needs more than renaming.
    public func members(
        for keys: some Sequence<String>,
        convert: (FieldDescription, JSONValue) -> [String: JSONValue]? = { _, _ in nil }
    ) -> CallMembers {
        var result = CallMembers()
        for key in keys {
            guard let value = desired[key], let field = kind.field(key) else { continue }
            let members =
                convert(field, value.json) ?? FieldMapping.awsMembers([key: value.json], in: kind.shape)
            result.input.merge(members) { _, new in new }
            if case .unknown(_, let references) = value {
                for member in members.keys {
                    result.knownAfterApply[member] = references.map(\.description).joined(separator: ", ")
                }
            }
        }
        return result
    }
}

/// Members of one call, with the ones only known after apply marked.
public struct CallMembers: Sendable, Equatable {
    public var input: [String: JSONValue] = [:]
    /// AWS member → the references its strings hold (file syntax), resolved by apply.
    public var knownAfterApply: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { input.isEmpty }

    /// A planned call with these members plus the ones that address the resource.
    public func call(
        _ service: String,
        _ operation: String,
        addressing: [String: JSONValue]
    ) -> PlannedCall {
        PlannedCall(
            service: service,
            operation: operation,
            input: .object(input.merging(addressing) { _, address in address }),
            knownAfterApply: knownAfterApply
        )
    }
}
