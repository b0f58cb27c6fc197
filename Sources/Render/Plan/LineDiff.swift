/// The lines two texts share and where they differ: a longest-common-subsequence diff, as `diff -u` shows
/// it, used to show a changed JSON document (a session policy) line by line instead of as two long lines.
enum LineDiff {
    enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    static func diff(_ before: [String], _ after: [String]) -> [Line] {
        // The common start and end need no table.
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
            before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
        {
            suffix += 1
        }
        let old = Array(before[prefix..<(before.count - suffix)])
        let new = Array(after[prefix..<(after.count - suffix)])

        // lengths[i][j]: the longest common subsequence of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var middle: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                middle.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Where either would do, removals come first.
                middle.append(.removed(old[i]))
                i += 1
            } else {
                middle.append(.added(new[j]))
                j += 1
            }
        }
        return before[..<prefix].map(Line.same) + middle + before[(before.count - suffix)...].map(Line.same)
    }

    /// Runs of more than `2 * context + 1` unchanged lines shortened to their first and last `context` lines,
    /// the rest counted.
    static func collapsed(_ lines: [Line], context: Int = 3) -> [CollapsedLine] {
        var result: [CollapsedLine] = []
        var index = 0
        while index < lines.count {
            guard case .same = lines[index] else {
                result.append(.line(lines[index]))
                index += 1
                continue
            }
            var end = index
            while end < lines.count, case .same = lines[end] { end += 1 }
            let run = lines[index..<end]
            let keepBefore = index == 0 ? 0 : context
            let keepAfter = end == lines.count ? 0 : context
            if run.count > keepBefore + keepAfter + 1 {
                result += run.prefix(keepBefore).map(CollapsedLine.line)
                result.append(.hidden(run.count - keepBefore - keepAfter))
                result += run.suffix(keepAfter).map(CollapsedLine.line)
            } else {
                result += run.map(CollapsedLine.line)
            }
            index = end
        }
        return result
    }

    enum CollapsedLine: Equatable {
        case line(Line)
        /// So many unchanged lines left out.
        case hidden(Int)
    }
}
