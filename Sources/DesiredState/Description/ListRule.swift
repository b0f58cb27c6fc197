/// Constraints on a list.
public struct ListRule: Sendable, Hashable {
    /// How items of a list must differ from each other.
    public enum Uniqueness: Sendable, Hashable {
        /// Repeats are allowed.
        case none
        /// No two items may be equal (a set).
        case values
        /// No two items (objects) may have the same value for this field (a keyed list).
        case key(String)
    }

    public var element: ValueType
    public var minCount: Int?
    public var maxCount: Int?
    public var uniqueness: Uniqueness

    public init(element: ValueType, minCount: Int? = nil, maxCount: Int? = nil, uniqueness: Uniqueness = .none) {
        self.element = element
        self.minCount = minCount
        self.maxCount = maxCount
        self.uniqueness = uniqueness
    }
}
