/// A regular expression of botocore's model, compiled once and matched against whole strings.
///
/// The models' patterns are Java regular expressions, which AWS matches against Unicode code points; so does
/// this small engine (Swift's `Regex` matches grapheme clusters, and costs microseconds a match where a file
/// of thousands of resources checks hundreds of thousands of strings). It reads the part of Java's syntax the
/// models use: literals and escaped punctuation, `.`, classes (`[a-z_]`, `[^:]`) with `\d \w \s` (ASCII only, as
/// in Java), `\uHHHH` and
/// `\p{L}`, `\p{N}`, `\p{Z}` (and their negations), groups `( )` and `(?: )`, alternation `|`, the greedy
/// quantifiers `* + ? {n} {n,} {n,m}`, the anchors `^ $` and the lookaheads `(?= )` and `(?! )`. Anything
/// else is refused when the pattern is compiled, never silently misread.
///
/// Matching is a backtracking search that visits each (instruction, position) pair at most once, so its
/// time is bounded by the pattern's size times the text's length whatever the pattern.
struct Pattern: Sendable, Hashable {
    let source: String
    private let program: Program
    /// The set and fewest repetitions when the pattern is one class repeated (`[a-z_]*`, `^[ -~]+$`), the
    /// commonest form in the models: then a match is a check of each scalar, with nothing to allocate.
    private let repeatedClass: (set: ScalarSet, minimum: Int)?

    static func == (lhs: Pattern, rhs: Pattern) -> Bool { lhs.source == rhs.source }

    func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// Compiles `source`.
    init(_ source: String) throws(PatternError) {
        var parser = PatternParser(source)
        let node = try parser.parse()
        self.source = source
        program = Program(node)
        repeatedClass = Self.repeatedClass(node)
    }

    private static func repeatedClass(_ node: PatternNode) -> (set: ScalarSet, minimum: Int)? {
        switch node {
        case .repetition(.scalar(let set), let minimum, nil): return (set, minimum)
        case .sequence(var items):
            // A whole match already starts at the start and ends at the end.
            if case .start? = items.first { items.removeFirst() }
            if case .end? = items.last { items.removeLast() }
            return items.count == 1 ? repeatedClass(items[0]) : nil
        default: return nil
        }
    }

    /// Whether all of `text` matches.
    func wholeMatch(_ text: String) -> Bool {
        if let repeatedClass {
            var count = 0
            for scalar in text.unicodeScalars {
                guard repeatedClass.set.contains(scalar.value) else { return false }
                count += 1
            }
            return count >= repeatedClass.minimum
        }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
        return program.matches(scalars, from: 0, wholly: true)
    }
}

/// Why a pattern cannot be compiled: what is wrong, and at which character (0-based, in Unicode scalars).
struct PatternError: Error, Sendable, Hashable, CustomStringConvertible {
    var message: String
    var offset: Int

    var description: String { "\(message) at offset \(offset)" }
}
