/// Constraints several kinds share.
extension StringRule {
    /// Logical names: the keys of instances and resources, used in addresses and references.
    public static let logicalKey = StringRule(
        minLength: 1, maxLength: 64, pattern: "[A-Za-z0-9][A-Za-z0-9_-]*",
        patternHint: "letters, digits, _ and -, starting with a letter or digit", allowsReferences: false)

    /// An AWS Region code such as `eu-west-2`.
    public static let region = StringRule(
        pattern: "[a-z]{2}(-[a-z]+)+-[0-9]+", patternHint: "an AWS Region code such as eu-west-2",
        allowsReferences: false)

    /// Connect's `TagKey`.
    public static let connectTagKey = StringRule(
        minLength: 1, maxLength: 128, pattern: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
        patternHint: "letters, digits, spaces and _ . : / = + - @, not starting with aws:",
        schemaPattern: "^(?!aws:)", allowsReferences: false)

    /// Connect's `TagValue`.
    public static let connectTagValue = StringRule(maxLength: 256)

    /// Roles Anywhere's `TagKey`.
    public static let rolesAnywhereTagKey = StringRule(
        minLength: 1, maxLength: 128, pattern: "[ a-zA-Z0-9_.:/=+@-]*",
        patternHint: "letters, digits, spaces and _ . : / = + @ -", allowsReferences: false)

    /// Roles Anywhere's `TagValue`.
    public static let rolesAnywhereTagValue = StringRule(
        minLength: 0, maxLength: 256, pattern: "[ a-zA-Z0-9_.:/=+@-]*",
        patternHint: "letters, digits, spaces and _ . : / = + @ -")
}

extension ValueType {
    /// A list of strings compared as a set.
    public static func stringSet(_ element: StringRule, minCount: Int? = nil, maxCount: Int? = nil) -> ValueType {
        .list(ListRule(element: .string(element), minCount: minCount, maxCount: maxCount, uniqueness: .values))
    }
}
