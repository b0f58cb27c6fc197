/// A replacement of a byte span of a text: what editing a file in place is made of. An empty range inserts.
public struct TextEdit: Sendable, Hashable {
    /// The bytes replaced, as offsets into the original text's UTF-8.
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// `text` with `edits` made, in order of their ranges. Edits must not overlap (an insertion may sit at
    /// the end of a replaced range, and follows it).
    public static func apply(_ edits: [TextEdit], to text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.utf8.count })
        var position = 0
        for edit in sorted(edits) {
            precondition(edit.range.lowerBound >= position, "overlapping edits")
            out += bytes[position..<edit.range.lowerBound]
            out += edit.replacement.utf8
            position = edit.range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Edits in the order they apply: by start, a replacement before an insertion at its end.
    public static func sorted(_ edits: [TextEdit]) -> [TextEdit] {
        edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }
}
