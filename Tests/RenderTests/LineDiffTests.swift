import Testing

@testable import Render

@Suite struct LineDiffTests {
    @Test func keepsCommonLinesAndPutsRemovalsBeforeAdditions() {
        #expect(
            LineDiff.diff(["{", "a", "b", "c", "}"], ["{", "a", "x", "c", "y", "}"]) == [
                .same("{"), .same("a"), .removed("b"), .added("x"), .same("c"), .added("y"), .same("}"),
            ])
        #expect(LineDiff.diff([], ["a"]) == [.added("a")])
        #expect(LineDiff.diff(["a"], []) == [.removed("a")])
        #expect(LineDiff.diff(["a", "b"], ["a", "b"]) == [.same("a"), .same("b")])
    }

    @Test func longUnchangedStretchesAreCountedNotShown() {
        let before = (1...20).map(String.init)
        var after = before
        after[9] = "ten"
        let collapsed = LineDiff.collapsed(LineDiff.diff(before, after), context: 2)
        #expect(
            collapsed == [
                .hidden(7), .line(.same("8")), .line(.same("9")), .line(.removed("10")), .line(.added("ten")),
                .line(.same("11")), .line(.same("12")), .hidden(8),
            ])
    }

    @Test func aShortUnchangedStretchIsShownWhole() {
        let lines: [LineDiff.Line] = [.removed("a"), .same("b"), .same("c"), .same("d"), .added("e")]
        #expect(LineDiff.collapsed(lines, context: 1) == lines.map(LineDiff.CollapsedLine.line))
    }

    @Test func aLongAttributePathIsNeverCutShort() {
        #expect(DiffLayout.pad("sessionInactivity.enabled", to: 10) == "sessionInactivity.enabled")
        #expect(DiffLayout.pad("tags", to: 6) == "tags  ")
    }
}
