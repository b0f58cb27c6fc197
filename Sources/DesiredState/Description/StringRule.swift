/// Constraints on a string, mirroring the botocore shape it maps to plus checks AWS would make later.
public struct StringRule: Sendable, Hashable {
    /// Fewest characters (Unicode scalars) allowed.
    public var minLength: Int?
    /// Most characters (Unicode scalars) allowed.
    public var maxLength: Int?
    /// The model's regular expression; the whole string must match it.
    public var pattern: String? {
        didSet { compiledPattern = pattern.flatMap { try? Pattern($0) } }
    }
    /// `pattern`, compiled once with the rule (the rules are constants, and every string of a file is checked).
    private(set) var compiledPattern: Pattern?
    /// What the pattern allows, in words, for error messages (e.g. "letters, digits and -").
    public var patternHint: String?
    /// A pattern for the JSON Schema when `pattern` is not portable to ECMA-262 and Python regular
    /// expressions (for example `\p{L}`); `nil` uses `pattern`.
    public var schemaPattern: String?
    /// The only values allowed (an enum), if any.
    public var allowedValues: [String]?
    /// A syntax checked by parsing, beyond what a pattern can say.
    public var format: StringFormat?
    /// Whether `${…}` references are recognised in this string. Identity fields, enums and file-level
    /// settings take their text literally.
    public var allowsReferences: Bool

    public init(
        minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, patternHint: String? = nil,
        schemaPattern: String? = nil, allowedValues: [String]? = nil, format: StringFormat? = nil,
        allowsReferences: Bool = true
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        compiledPattern = pattern.flatMap { try? Pattern($0) }
        self.patternHint = patternHint
        self.schemaPattern = schemaPattern
        self.allowedValues = allowedValues
        self.format = format
        self.allowsReferences = allowsReferences
    }

    /// Any string.
    public static let any = StringRule()

    /// One of `values`, taken literally.
    public static func oneOf(_ values: [String]) -> StringRule {
        StringRule(allowedValues: values, allowsReferences: false)
    }
}

/// A string syntax Warden checks by parsing the value.
public enum StringFormat: String, Sendable, Hashable {
    /// An IPv4 or IPv6 CIDR block with no host bits set (`203.0.113.0/24`, `2001:db8::/32`).
    case cidr
    /// An IAM role ARN: `arn:<partition>:iam::<12-digit account>:role/<path/><name>`.
    case iamRoleArn
    /// An IAM managed policy ARN: `arn:<partition>:iam::aws|<account>:policy/<path/><name>`.
    case iamPolicyArn
}
