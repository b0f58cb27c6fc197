import Render
import Testing
import YAML

/// The diff `warden adopt` prints: `diff -u`'s format, made from the edits.
@Suite struct UnifiedDiffTests {
    static let text = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"

    /// The byte offset where line `number` (1-based) starts.
    static func start(_ number: Int) -> Int {
        Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(number - 1)
            .reduce(0) { $0 + $1.count + 1 }
    }

    @Test func noEditsNoDiff() {
        #expect(UnifiedDiff.diff(Self.text, edits: [], path: "f.yaml") == "")
    }

    @Test func aReplacedWordShowsItsLineWithThreeLinesAround() {
        let edit = TextEdit(range: (Self.start(6) + 5)..<(Self.start(6) + 6), replacement: "six")
        #expect(
            UnifiedDiff.diff(Self.text, edits: [edit], path: "f.yaml") == """
                --- a/f.yaml
                +++ b/f.yaml
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9

                """)
    }

    @Test func insertedAndRemovedLinesShiftTheNextHunk() {
        let edits = [
            TextEdit(range: Self.start(2)..<Self.start(2), replacement: "new a\nnew b\n"),
            TextEdit(range: Self.start(11)..<Self.start(12), replacement: ""),
        ]
        #expect(
            UnifiedDiff.diff(Self.text, edits: edits, path: "f.yaml") == """
                --- a/f.yaml
                +++ b/f.yaml
                @@ -1,4 +1,6 @@
                 line 1
                +new a
                +new b
                 line 2
                 line 3
                 line 4
                @@ -8,5 +10,4 @@
                 line 8
                 line 9
                 line 10
                -line 11
                 line 12

                """)
    }

    @Test func anInsertionAtTheEndComesAfterTheLastLine() {
        let end = Self.text.utf8.count
        #expect(
            UnifiedDiff.diff(Self.text, edits: [TextEdit(range: end..<end, replacement: "line 13\n")], path: "f")
                == "--- a/f\n+++ b/f\n@@ -10,3 +10,4 @@\n line 10\n line 11\n line 12\n+line 13\n")
    }

    @Test func editsApplyInOrderOfTheirRanges() {
        let edits = [
            TextEdit(range: 4..<4, replacement: "!"), TextEdit(range: 0..<4, replacement: "LINE"),
        ]
        #expect(TextEdit.apply(edits, to: "line 1\n") == "LINE! 1\n")
    }
}
