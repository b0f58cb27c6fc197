/// Constraints on a string, mirroring the botocore shape it maps to plus checks AWS would make later.
public struct StringRule: Sendable, Hashable {
    private struct Members: Sendable, Hashable {
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var compiledPattern: Pattern?
        var patternHint: String?
        var schemaPattern: String?
        var allowedValues: [String]?
        /// `allowedValues` for lookup: some enums (Connect's permissions) have hundreds of values.
        var allowedSet: Set<String>?
        var format: StringFormat?
        var allowsReferences: Bool
        var completions: [String]?
        var vocabulary: Vocabulary?
        var liveIdentifier: LiveIdentifier?
    }

    private let members: Shared<Members>

    /// Fewest characters (Unicode scalars) allowed.
    public var minLength: Int? { members.value.minLength }
    /// Most characters (Unicode scalars) allowed.
    public var maxLength: Int? { members.value.maxLength }
    /// The model's regular expression; the whole string must match it.
    public var pattern: String? { members.value.pattern }
    /// `pattern`, compiled once with the rule (the rules are constants, and every string of a file is checked).
    var compiledPattern: Pattern? { members.value.compiledPattern }
    /// Whether `text` is one of `allowedValues` (true when there are none).
    func allows(_ text: String) -> Bool { members.value.allowedSet?.contains(text) ?? true }
    /// What the pattern allows, in words, for error messages (e.g. "letters, digits and -").
    public var patternHint: String? { members.value.patternHint }
    /// A pattern for the JSON Schema when `pattern` is not portable to ECMA-262 and Python regular
    /// expressions (for example `\p{L}`); `nil` uses `pattern`.
    public var schemaPattern: String? { members.value.schemaPattern }
    /// The only values allowed (an enum), if any.
    public var allowedValues: [String]? { members.value.allowedValues }
    /// A syntax checked by parsing, beyond what a pattern can say.
    public var format: StringFormat? { members.value.format }
    /// Whether `${…}` references are recognised in this string. Identity fields, enums and file-level
    /// settings take their text literally.
    public var allowsReferences: Bool { members.value.allowsReferences }
    /// Values editors offer for completion (the JSON Schema's `anyOf` of an `enum` and a plain string); not
    /// enforced: any other string stays valid.
    public var completions: [String]? { members.value.completions }
    /// Names checked offline against what AWS documents, with a warning for any other (`PermissionChecks`).
    public var vocabulary: Vocabulary? { members.value.vocabulary }
    /// What the string names when it must be the id of a live resource the file does not declare, checked by
    /// plan (`LiveIdentifier`).
    public var liveIdentifier: LiveIdentifier? { members.value.liveIdentifier }

    public init(
        minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, patternHint: String? = nil,
        schemaPattern: String? = nil, allowedValues: [String]? = nil, format: StringFormat? = nil,
        allowsReferences: Bool = true, completions: [String]? = nil, vocabulary: Vocabulary? = nil,
        liveIdentifier: LiveIdentifier? = nil
    ) {
        members = Shared(
            Members(
                minLength: minLength, maxLength: maxLength, pattern: pattern,
                compiledPattern: pattern.map(Self.compiled), patternHint: patternHint,
                schemaPattern: schemaPattern, allowedValues: allowedValues, allowedSet: allowedValues.map(Set.init),
                format: format, allowsReferences: allowsReferences, completions: completions,
                vocabulary: vocabulary, liveIdentifier: liveIdentifier))
    }

    /// The patterns are constants of the kind descriptions, so one that does not compile is a programming
    /// error (a test compiles them all).
    private static func compiled(_ pattern: String) -> Pattern {
        do {
            return try Pattern(pattern)
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
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
