import YAML

/// Where things are in the text of a file being edited in place: lines, indentation, the `:` after a key and
/// the `-` before an item. Offsets are bytes of the text's UTF-8, as `SourceTree` gives them.
struct SourceLayout: Sendable {
    let bytes: [UInt8]
    /// The file's line break: `\r\n` when its first line ends with one, `\n` otherwise.
    let newline: String

    init(_ text: String) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let firstBreak = bytes.firstIndex(of: UInt8(ascii: "\n"))
        newline = firstBreak.map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } == true ? "\r\n" : "\n"
    }

    /// Where the line holding `offset` starts.
    func lineStart(_ offset: Int) -> Int {
        var position = min(offset, bytes.count)
        while position > 0, bytes[position - 1] != UInt8(ascii: "\n") { position -= 1 }
        return position
    }

    /// Where the next line starts after `offset` (after its line break), or the end of the text.
    func nextLineStart(_ offset: Int) -> Int {
        var position = offset
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        return min(position + 1, bytes.count)
    }

    /// Whether the text ends with a line break.
    var endsWithBreak: Bool { bytes.last == UInt8(ascii: "\n") }

    /// How many bytes (spaces, or `- ` indicators) come before `offset` on its line.
    func column(_ offset: Int) -> Int { offset - lineStart(offset) }

    /// Whether the bytes are only spaces and tabs.
    func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Where a node's text ends, without the line breaks and spaces a block scalar takes after it.
    func contentEnd(_ node: SourceNode) -> Int {
        var end = node.span.upperBound
        while end > node.textStart, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// The `-` indicator of a block sequence item starting at `offset`.
    func dash(before offset: Int) -> Int? {
        var position = offset - 1
        while position >= 0, bytes[position] == UInt8(ascii: " ") { position -= 1 }
        return position >= 0 && bytes[position] == UInt8(ascii: "-") ? position : nil
    }

    /// Just after the `:` that follows a block mapping key ending at `offset`.
    func afterColon(_ offset: Int) -> Int? {
        var position = offset
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position < bytes.count && bytes[position] == UInt8(ascii: ":") ? position + 1 : nil
    }

    /// The text of some bytes.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// `lines` as text to insert at a line start (each ending with the file's line break); at the end of a
    /// text without a final line break, the break comes first.
    func insertion(_ lines: [String], at offset: Int) -> String {
        if offset == bytes.count && !endsWithBreak && !bytes.isEmpty {
            return lines.map { newline + $0 }.joined()
        }
        return lines.map { $0 + newline }.joined()
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
