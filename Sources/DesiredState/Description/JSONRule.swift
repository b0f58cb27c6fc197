/// Constraints on a JSON object field (a session policy), measured on its canonical JSON text.
public struct JSONRule: Sendable, Hashable {
    public var minLength: Int?
    public var maxLength: Int?

    public init(minLength: Int? = nil, maxLength: Int? = nil) {
        self.minLength = minLength
        self.maxLength = maxLength
    }
}
