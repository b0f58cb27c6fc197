/// "Did you mean …?": the closest candidate to a misspelt word.
public enum Suggestion {
    /// The candidate closest to `word` (case-insensitive optimal string alignment distance), if it is close
    /// enough to be a plausible typo: at most a third of the word's length, and never more than 3 edits.
    /// A candidate that starts with the word (`THIRD_PARTY` → `THIRD_PARTY_APPLICATION`) also qualifies.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        if word.count >= 3, let extended = candidates.first(where: { $0.lowercased().hasPrefix(lowered) && $0 != word })
        {
            return extended
        }
        let limit = max(1, min(3, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and transpositions of
    /// adjacent characters each cost 1.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previousRow: [Int] = []
        var row = Array(0...right.count)
        for i in 1...left.count {
            let beforePrevious = previousRow
            previousRow = row
            row = [i] + Array(repeating: 0, count: right.count)
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[right.count]
    }

    /// `; did you mean "x"?` or nothing.
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
