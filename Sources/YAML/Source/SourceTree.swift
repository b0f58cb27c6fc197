/// A YAML document as it is written: every node with the bytes it spans in the text, how it is written (scalar
/// style, block or flow, anchor, alias), for editing the text in place (`warden adopt`). `YAMLParser` reads
/// what a document means; this reads where each part of it is.
///
/// Offsets are byte offsets into the text's UTF-8, from libyaml's marks. An alias (`*name`) is a node of its
/// own span whose content is the anchored node's: its children's spans are the anchor's, so that editing
/// through an alias would edit the anchor. `aliasedAnchors` names the anchors some alias uses.
public struct SourceTree: Sendable {
    public let root: SourceNode
    /// The anchors that at least one alias refers to.
    public let aliasedAnchors: Set<String>

    /// Parses `text` (one document, which `YAMLParser` has already accepted: any error is thrown as libyaml
    /// reports it).
    public static func parse(_ text: String, file: String) throws(Diagnostics) -> SourceTree {
        var text = text
        let offsets = ByteOffsets(text)
        let result: Result<SourceTree, SyntaxError> = text.withUTF8 { utf8 in
            let bytes = utf8.baseAddress == nil ? nil : utf8
            return [UInt8(0)].withUnsafeBufferPointer { empty in
                var reader = EventReader(buffer: bytes ?? UnsafeBufferPointer(rebasing: empty[0..<0]))
                var builder = SourceTreeBuilder(offsets: offsets, utf8: bytes.map(Array.init) ?? [])
                do throws(SyntaxError) {
                    return .success(try builder.build(from: &reader))
                } catch {
                    return .failure(error)
                }
            }
        }
        switch result {
        case .success(let tree): return tree
        case .failure(let error):
            var diagnostics = Diagnostics()
            diagnostics.error(.yamlSyntax, error.message, file: file, at: error.location)
            throw diagnostics
        }
    }
}

/// One node of a `SourceTree`.
public struct SourceNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([SourceNode])
        case mapping([SourceEntry])
    }

    public var content: Content
    /// The node's bytes: its anchor and tag, then its text (a quoted scalar with its quotes, a flow collection
    /// with its brackets, a block collection from its first item or key to the end of its last value).
    public var span: Range<Int>
    /// Where the node's own text starts, after its anchor and tag.
    public var textStart: Int
    /// Where the node starts, as diagnostics name it.
    public var location: SourceLocation
    /// How a collection is written; nil for a scalar.
    public var collectionStyle: CollectionStyle?
    /// The anchor the node defines (`&name`).
    public var anchor: String?
    /// The anchor an alias node (`*name`) refers to.
    public var alias: String?

    /// The scalar, if the node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if the node is a sequence.
    public var items: [SourceNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in file order, if the node is a mapping.
    public var entries: [SourceEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value of the entry whose key is the string `key`.
    public subscript(key: String) -> SourceNode? {
        entries?.first { $0.key.scalar?.value == key }?.value
    }

    /// The node's text without its anchor and tag.
    public var textSpan: Range<Int> { textStart..<span.upperBound }
}

/// One `key: value` pair of a mapping in a `SourceTree`.
public struct SourceEntry: Sendable, Hashable {
    public var key: SourceNode
    public var value: SourceNode
}

/// libyaml's character marks as byte offsets into the UTF-8 text.
struct ByteOffsets: Sendable {
    /// The byte offset of each Unicode scalar (and of the end), when the text is not ASCII; nil when it is and a
    /// mark is its own offset.
    private let table: [Int]?

    init(_ text: String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 >= 0x80 }) else {
            table = nil
            return
        }
        var table: [Int] = []
        table.reserveCapacity(utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            table.append(offset)
            offset += UTF8.width(scalar)
        }
        table.append(offset)
        self.table = table
    }

    subscript(mark: Int) -> Int {
        guard let table else { return mark }
        return table[min(mark, table.count - 1)]
    }
}

/// Builds a `SourceTree` from libyaml's events.
private struct SourceTreeBuilder {
    let offsets: ByteOffsets
    let utf8: [UInt8]

    private struct Frame {
        var node: SourceNode
        var children: [SourceNode] = []
    }

    private var stack: [Frame] = []
    private var anchors: [String: SourceNode] = [:]
    private var aliased: Set<String> = []
    private var root: SourceNode?

    init(offsets: ByteOffsets, utf8: [UInt8]) {
        self.offsets = offsets
        self.utf8 = utf8
    }

    mutating func build(from reader: inout EventReader) throws(SyntaxError) -> SourceTree {
        while true {
            var texts: [UInt8] = []
            let event = try reader.next(recordingTextsIn: &texts)
            let span = offsets[event.marks.lowerBound]..<offsets[event.marks.upperBound]
            func string(_ range: Range<Int>?) -> String? {
                range.map { String(decoding: texts[$0], as: UTF8.self) }
            }
            switch event.kind {
            case .streamStart, .documentStart, .documentEnd:
                continue
            case .streamEnd:
                let root =
                    self.root
                    ?? SourceNode(
                        content: .scalar(Scalar(value: "", type: .null, style: .plain)), span: 0..<0, textStart: 0,
                        location: .start)
                return SourceTree(root: root, aliasedAnchors: aliased)
            case .alias:
                let name = string(event.anchor) ?? ""
                aliased.insert(name)
                var node =
                    anchors[name]
                    ?? SourceNode(
                        content: .scalar(Scalar(value: "", type: .null, style: .plain)), span: span,
                        textStart: span.lowerBound, location: event.location)
                node.span = span
                node.textStart = span.lowerBound
                node.location = event.location
                node.anchor = nil
                node.alias = name
                complete(node)
            case .scalar:
                let value = string(event.value) ?? ""
                let tag = string(event.tag)
                let anchor = string(event.anchor)
                let type = Self.type(of: value, tag: tag, style: event.scalarStyle)
                let node = SourceNode(
                    content: .scalar(Scalar(value: value, type: type, style: event.scalarStyle)), span: span,
                    textStart: textStart(span.lowerBound, hasProperties: anchor != nil || tag != nil),
                    location: event.location, anchor: anchor)
                complete(node)
            case .sequenceStart, .mappingStart:
                let anchor = string(event.anchor)
                let hasProperties = anchor != nil || event.tag != nil
                let node = SourceNode(
                    content: event.kind == .sequenceStart ? .sequence([]) : .mapping([]), span: span,
                    textStart: textStart(span.lowerBound, hasProperties: hasProperties), location: event.location,
                    collectionStyle: event.collectionStyle, anchor: anchor)
                stack.append(Frame(node: node))
            case .sequenceEnd, .mappingEnd:
                let frame = stack.removeLast()
                var node = frame.node
                if case .sequence = node.content {
                    node.content = .sequence(frame.children)
                } else {
                    node.content = .mapping(
                        stride(from: 0, to: frame.children.count - 1, by: 2).map {
                            SourceEntry(key: frame.children[$0], value: frame.children[$0 + 1])
                        })
                }
                // A block collection ends with its last value; libyaml's end mark is where the next token starts.
                let end =
                    node.collectionStyle == .flow
                    ? span.upperBound : frame.children.last?.span.upperBound ?? span.upperBound
                node.span = node.span.lowerBound..<max(node.span.lowerBound, end)
                complete(node)
            }
        }
    }

    private mutating func complete(_ node: SourceNode) {
        if let anchor = node.anchor { anchors[anchor] = node }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    /// Where a node's text starts: after its anchor (`&name`) and tag (`!!str`), when it has them.
    private func textStart(_ start: Int, hasProperties: Bool) -> Int {
        guard hasProperties else { return start }
        var position = start
        while position < utf8.count, utf8[position] == UInt8(ascii: "&") || utf8[position] == UInt8(ascii: "!") {
            while position < utf8.count, !Self.isBlank(utf8[position]) { position += 1 }
            while position < utf8.count, Self.isBlank(utf8[position]) { position += 1 }
        }
        return position
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// The core-schema type, as `YAMLParser` resolves it (its checks of tags are not repeated here).
    private static func type(of value: String, tag: String?, style: ScalarStyle) -> ScalarType {
        let prefix = "tag:yaml.org,2002:"
        if let tag, tag.hasPrefix(prefix), let type = ScalarType(rawValue: String(tag.dropFirst(prefix.count))) {
            return type
        }
        if tag != nil { return .string }
        return style == .plain ? CoreSchema.resolve(plain: value) : .string
    }
}
