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

    private let members: Shared<Members>

    /// The camelCase key in the file.
    public var key: String { members.value.key }
    public var type: ValueType { members.value.type }
    /// The AWS member this key maps to; `nil` for keys that only group other keys or are Warden's own.
    public var aws: AWSMapping? { members.value.aws }
    public var comparison: Comparison { members.value.comparison }
    /// One or two sentences for the JSON Schema and the README.
    public var doc: String { members.value.doc }
    public var isRequired: Bool { members.value.isRequired }
    /// Set only when the resource is created; a change to it cannot be applied to an existing resource.
    public var isCreateOnly: Bool { members.value.isCreateOnly }
    /// Selects the live resource (its AWS identifier) rather than describing it; never written.
    public var isIdentifier: Bool { members.value.isIdentifier }
    /// Why the field should no longer be used, if AWS deprecated it.
    public var deprecation: String? { members.value.deprecation }

    public init(
        _ key: String, _ type: ValueType, aws: AWSMapping?, comparison: Comparison = .scalar, doc: String,
        isRequired: Bool = false, isCreateOnly: Bool = false, isIdentifier: Bool = false, deprecation: String? = nil
    ) {
        members = Shared(
            Members(
                key: key, type: type, aws: aws, comparison: comparison, doc: doc, isRequired: isRequired,
                isCreateOnly: isCreateOnly, isIdentifier: isIdentifier, deprecation: deprecation))
    }
}
