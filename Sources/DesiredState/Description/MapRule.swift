/// Constraints on a mapping with free-form keys (tags, attribute mappings).
public struct MapRule: Sendable, Hashable {
    /// What each key must look like (keys are always taken literally).
    public var key: StringRule
    public var value: ValueType
    public var minCount: Int?
    public var maxCount: Int?
    /// Whether the entries stand alone and are worth decoding on all cores at once (Connect instances:
    /// one pass over every instance's resources instead of one per collection).
    public var entriesAreIndependent: Bool

    public init(
        key: StringRule, value: ValueType, minCount: Int? = nil, maxCount: Int? = nil,
        entriesAreIndependent: Bool = false
    ) {
        self.key = key
        self.value = value
        self.minCount = minCount
        self.maxCount = maxCount
        self.entriesAreIndependent = entriesAreIndependent
    }
}
