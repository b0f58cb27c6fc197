public import YAML

/// A unified diff (`diff -u`, three lines of context) of a text and the same text with edits made, computed
/// from the edits: the lines they touch, never a comparison of whole files, so it costs what the edits cost.
/// A missing line break at the end of the file is not marked.
public enum UnifiedDiff {
    /// The diff of `original` and `original` with `edits` made, labelled `a/PATH` and `b/PATH`; empty when
    /// nothing changes.
    public static func diff(_ original: String, edits: [TextEdit], path: String, context: Int = 3) -> String {
        let bytes = Array(original.utf8)
        // Where each line starts; the text's end closes the last one.
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") && index + 1 < bytes.count {
            starts.append(index + 1)
        }
        let lineCount = bytes.isEmpty ? 0 : starts.count
        func line(of offset: Int) -> Int {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
        func start(_ line: Int) -> Int { line < starts.count ? starts[line] : bytes.count }

        // Chunks of whole lines [first, end) and the edits inside each; touching chunks merge.
        var chunks: [(first: Int, end: Int, edits: [TextEdit])] = []
        let endsWithBreak = bytes.last == UInt8(ascii: "\n")
        for edit in TextEdit.sorted(edits) {
            // An insertion at the very end comes after the last line.
            let first =
                edit.range.lowerBound == bytes.count && endsWithBreak ? lineCount : line(of: edit.range.lowerBound)
            var end: Int
            if edit.range.isEmpty && edit.range.lowerBound == start(first) {
                end = first
            } else {
                end = line(of: max(edit.range.lowerBound, edit.range.upperBound - 1)) + 1
            }
            let firstLine = min(first, lineCount)
            end = max(end, firstLine)
            if var last = chunks.last, firstLine <= last.end {
                last.end = max(last.end, end)
                last.edits.append(edit)
                chunks[chunks.count - 1] = last
            } else {
                chunks.append((firstLine, end, [edit]))
            }
        }
        guard !chunks.isEmpty else { return "" }

        func lines(_ range: Range<Int>) -> [String] {
            guard !range.isEmpty else { return [] }
            var text = String(decoding: bytes[range], as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        var shift = 0  // lines added minus removed before the hunk
        while index < chunks.count {
            // A hunk: chunks whose contexts touch.
            var group = [chunks[index]]
            index += 1
            while index < chunks.count, chunks[index].first - group.last!.end <= 2 * context {
                group.append(chunks[index])
                index += 1
            }
            let hunkFirst = max(0, group[0].first - context)
            let hunkEnd = min(lineCount, group.last!.end + context)
            var body: [String] = []
            var oldCount = 0
            var newCount = 0
            var position = hunkFirst
            for chunk in group {
                for text in lines(start(position)..<start(chunk.first)) {
                    body.append(" " + text)
                    oldCount += 1
                    newCount += 1
                }
                let chunkStart = start(chunk.first)
                let chunkEnd = start(chunk.end)
                let shifted = chunk.edits.map {
                    TextEdit(
                        range: ($0.range.lowerBound - chunkStart)..<($0.range.upperBound - chunkStart),
                        replacement: $0.replacement)
                }
                let before = String(decoding: bytes[chunkStart..<chunkEnd], as: UTF8.self)
                let after = TextEdit.apply(shifted, to: before)
                let removed = lines(chunkStart..<chunkEnd)
                let added = after.isEmpty ? [] : Self.split(after)
                body += removed.map { "-" + $0 }
                body += added.map { "+" + $0 }
                oldCount += removed.count
                newCount += added.count
                position = chunk.end
            }
            for text in lines(start(position)..<start(hunkEnd)) {
                body.append(" " + text)
                oldCount += 1
                newCount += 1
            }
            let oldStart = oldCount == 0 ? hunkFirst : hunkFirst + 1
            let newStart = newCount == 0 ? hunkFirst + shift : hunkFirst + shift + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            out += body.map { $0 + "\n" }.joined()
            shift += newCount - oldCount
        }
        return out
    }

    private static func split(_ text: String) -> [String] {
        var text = text
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
