/// One key of a desired-state object: what it holds, how it maps to AWS and how it compares.
///
/// Every field is optional unless `isRequired`: an omitted field is not managed, while an explicit empty
/// list or mapping means "make it empty".
public struct FieldDescription: Sendable, Hashable {
    /// The camelCase key in the file.
    public var key: String
    public var type: ValueType
    /// The AWS member this key maps to; `nil` for keys that only group other keys or are Warden's own.
    public var aws: AWSMapping?
    public var comparison: Comparison
    /// One or two sentences for the JSON Schema and the README.
    public var doc: String
    public var isRequired: Bool
    /// Set only when the resource is created; a change to it cannot be applied to an existing resource.
    public var isCreateOnly: Bool
    /// Selects the live resource (its AWS identifier) rather than describing it; never written.
    public var isIdentifier: Bool
    /// Why the field should no longer be used, if AWS deprecated it.
    public var deprecation: String?

    public init(
        _ key: String, _ type: ValueType, aws: AWSMapping?, comparison: Comparison = .scalar, doc: String,
        isRequired: Bool = false, isCreateOnly: Bool = false, isIdentifier: Bool = false, deprecation: String? = nil
    ) {
        self.key = key
        self.type = type
        self.aws = aws
        self.comparison = comparison
        self.doc = doc
        self.isRequired = isRequired
        self.isCreateOnly = isCreateOnly
        self.isIdentifier = isIdentifier
        self.deprecation = deprecation
    }
}
