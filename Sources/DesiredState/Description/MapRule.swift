/// Constraints on a mapping with free-form keys (tags, attribute mappings).
public struct MapRule: Sendable, Hashable {
    /// What each key must look like (keys are always taken literally).
    public var key: StringRule
    public var value: ValueType
    public var minCount: Int?
    public var maxCount: Int?

    public init(key: StringRule, value: ValueType, minCount: Int? = nil, maxCount: Int? = nil) {
        self.key = key
        self.value = value
        self.minCount = minCount
        self.maxCount = maxCount
    }
}
