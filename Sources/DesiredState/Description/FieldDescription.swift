/// One key of a desired-state object: what it holds, how it maps to AWS and how it compares.
///
/// Every field is optional unless `isRequired`: an omitted field is not managed, while an explicit empty
/// list or mapping means "make it empty".
public struct FieldDescription: Sendable, Hashable {
    private struct Members: Sendable, Hashable {
        var key: String
        var type: ValueType
        var aws: AWSMapping?
        var comparison: Comparison
        var doc: String
        var isRequired: Bool
        var isCreateOnly: Bool
        var isIdentifier: Bool
        var deprecation: String?
    }

    private var members: Shared<Members>

    /// The camelCase key in the file.
    public var key: String {
        get { members.value.key }
        set { update { $0.key = newValue } }
    }
    public var type: ValueType {
        get { members.value.type }
        set { update { $0.type = newValue } }
    }
    /// The AWS member this key maps to; `nil` for keys that only group other keys or are Warden's own.
    public var aws: AWSMapping? {
        get { members.value.aws }
        set { update { $0.aws = newValue } }
    }
    public var comparison: Comparison {
        get { members.value.comparison }
        set { update { $0.comparison = newValue } }
    }
    /// One or two sentences for the JSON Schema and the README.
    public var doc: String {
        get { members.value.doc }
        set { update { $0.doc = newValue } }
    }
    public var isRequired: Bool {
        get { members.value.isRequired }
        set { update { $0.isRequired = newValue } }
    }
    /// Set only when the resource is created; a change to it cannot be applied to an existing resource.
    public var isCreateOnly: Bool {
        get { members.value.isCreateOnly }
        set { update { $0.isCreateOnly = newValue } }
    }
    /// Selects the live resource (its AWS identifier) rather than describing it; never written.
    public var isIdentifier: Bool {
        get { members.value.isIdentifier }
        set { update { $0.isIdentifier = newValue } }
    }
    /// Why the field should no longer be used, if AWS deprecated it.
    public var deprecation: String? {
        get { members.value.deprecation }
        set { update { $0.deprecation = newValue } }
    }

    public init(
        _ key: String, _ type: ValueType, aws: AWSMapping?, comparison: Comparison = .scalar, doc: String,
        isRequired: Bool = false, isCreateOnly: Bool = false, isIdentifier: Bool = false, deprecation: String? = nil
    ) {
        members = Shared(
            Members(
                key: key, type: type, aws: aws, comparison: comparison, doc: doc, isRequired: isRequired,
                isCreateOnly: isCreateOnly, isIdentifier: isIdentifier, deprecation: deprecation))
    }

    private mutating func update(_ change: (inout Members) -> Void) {
        var changed = members.value
        change(&changed)
        members = Shared(changed)
    }

    public static func == (lhs: FieldDescription, rhs: FieldDescription) -> Bool {
        lhs.members === rhs.members || lhs.members.value == rhs.members.value
    }

    public func hash(into hasher: inout Hasher) { members.value.hash(into: &hasher) }
}
