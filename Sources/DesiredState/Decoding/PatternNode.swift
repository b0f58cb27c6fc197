/// A parsed pattern: what `PatternParser` reads and `Program` compiles.
indirect enum PatternNode: Sendable {
    /// One scalar of the set.
    case scalar(ScalarSet)
    /// `^`: the start of the text.
    case start
    /// `$`: the end of the text.
    case end
    case sequence([PatternNode])
    case alternation([PatternNode])
    /// The node at least `min` and at most `max` times (no upper bound when nil), as many as possible.
    case repetition(PatternNode, min: Int, max: Int?)
    /// `(?= )` or `(?! )`: whether the node matches here, consuming nothing.
    case lookahead(PatternNode, negated: Bool)
}
