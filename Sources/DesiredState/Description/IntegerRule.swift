/// Constraints on a whole number.
public struct IntegerRule: Sendable, Hashable {
    public var minimum: Int?
    public var maximum: Int?
    /// The only values allowed, if any.
    public var allowedValues: [Int]?

    public init(minimum: Int? = nil, maximum: Int? = nil, allowedValues: [Int]? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.allowedValues = allowedValues
    }
}
