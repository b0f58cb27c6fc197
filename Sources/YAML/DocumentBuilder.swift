/// Builds a `YAMLDocument` from libyaml events: expands aliases within the limits, rejects duplicate keys,
/// non-scalar keys, merge keys, unsupported tags and second documents, and collects every problem.
struct DocumentBuilder {
    let file: String
    let limits: YAMLParser.Limits
    private(set) var diagnostics = Diagnostics()

    /// A finished node with how many nodes it holds and how deep it nests (aliases count at full size).
    private struct Built {
        var node: Int32
        var count: Int
        var height: Int
    }

    /// A collection being built. Its children so far are `open[start...]`.
    private struct Frame {
        enum Pending {
            case none
            /// The last child is a key waiting for its value.
            case key
            /// A key that was rejected: its value is read and dropped.
            case skippedKey
        }

        var location: SourceLocation
        var isMapping: Bool
        var style: CollectionStyle
        var anchor: String?
        var start: Int
        var pending = Pending.none
        /// Where each key was defined, once the mapping has enough keys for a table to beat a scan.
        var keys: [KeyIdentity: SourceLocation]?
        var count = 1
        var height = 1
    }

    /// What makes two keys the same key: their resolved type and value.
    private struct KeyIdentity: Hashable {
        var type: ScalarType
        var value: String

        init(_ scalar: Scalar) {
            type = scalar.type
            switch scalar.type {
            case .null: value = ""
            case .bool: value = scalar.boolValue! ? "true" : "false"
            case .int: value = scalar.intValue.map(String.init) ?? scalar.value
            case .float: value = scalar.doubleValue.map { $0.isNaN ? "nan" : "\($0)" } ?? scalar.value
            case .string: value = scalar.value
            }
        }
    }

    /// A fatal problem: parsing stops.
    private struct Stop: Error {}

    private let records: GrowingBuffer<YAMLDocument.Record>
    private let scalars: GrowingBuffer<String>
    private let children: GrowingBuffer<Int32>
    /// The children of every open collection, innermost last.
    private var open: [Int32] = []
    private var stack: [Frame] = []
    private var anchors: [String: Built] = [:]
    private var openAnchors: Set<String> = []
    /// Nodes that aliases added to the document (each alias adds a copy of its anchor's whole node).
    private var expandedNodes = 0
    private var root: Int32?
    private var documents = 0

    init(file: String, limits: YAMLParser.Limits, expectedBytes: Int) {
        self.file = file
        self.limits = limits
        // A desired-state file has about one node per 18 bytes; reserving avoids most regrowth.
        records = GrowingBuffer(capacity: expectedBytes / 16)
        scalars = GrowingBuffer(capacity: expectedBytes / 20)
        children = GrowingBuffer(capacity: expectedBytes / 16)
    }

    /// Reads every event and returns the document (nil after a fatal error). An empty stream is a null
    /// scalar at 1:1.
    mutating func build<Source: EventSource & ~Copyable>(from reader: inout Source) -> YAMLDocument? {
        do {
            while true {
                let (event, location) = try next(&reader)
                switch event {
                case .streamStart, .documentEnd:
                    continue
                case .streamEnd:
                    let root = self.root ?? add(scalar: "", type: .null, style: .plain, at: .start)
                    let storage = YAMLDocument.Storage(records: records, scalars: scalars, children: children)
                    return YAMLDocument(storage: storage, root: Int(root))
                case .documentStart:
                    documents += 1
                    if documents > 1 {
                        fail(
                            .yamlSyntax,
                            "the file holds more than one YAML document (a second one starts here); "
                                + "Warden reads exactly one", at: location)
                        throw Stop()
                    }
                case .alias(let anchor):
                    try alias(anchor, at: location)
                case .scalar(let value, let anchor, let tag, let style):
                    try scalar(value, anchor: anchor, tag: tag, style: style, at: location)
                case .sequenceStart(let anchor, let tag, let style):
                    try start(isMapping: false, anchor: anchor, tag: tag, style: style, at: location)
                case .mappingStart(let anchor, let tag, let style):
                    try start(isMapping: true, anchor: anchor, tag: tag, style: style, at: location)
                case .sequenceEnd, .mappingEnd:
                    try end()
                }
            }
        } catch {
            return nil
        }
    }

    private mutating func next<Source: EventSource & ~Copyable>(_ reader: inout Source) throws(Stop)
        -> (Event, SourceLocation)
    {
        do {
            return try reader.next()
        } catch {
            fail(.yamlSyntax, error.message, at: error.location)
            throw Stop()
        }
    }

    private mutating func fail(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.error(code, message, file: file, at: location)
    }

    // MARK: Nodes

    private mutating func add(
        _ kind: YAMLDocument.Kind, first: Int, count: Int, at location: SourceLocation
    ) -> Int32 {
        records.append(
            YAMLDocument.Record(
                line: Int32(truncatingIfNeeded: location.line), column: Int32(truncatingIfNeeded: location.column),
                first: Int32(truncatingIfNeeded: first), count: Int32(truncatingIfNeeded: count), kind: kind))
        return Int32(truncatingIfNeeded: records.count - 1)
    }

    private mutating func add(scalar value: String, type: ScalarType, style: ScalarStyle, at location: SourceLocation)
        -> Int32
    {
        scalars.append(value)
        return add(.scalar(type, style), first: scalars.count - 1, count: 0, at: location)
    }

    private func location(of node: Int32) -> SourceLocation {
        let record = records[Int(node)]
        return SourceLocation(line: Int(record.line), column: Int(record.column))
    }

    private mutating func scalar(
        _ value: String, anchor: String?, tag: String?, style: ScalarStyle, at location: SourceLocation
    ) throws(Stop) {
        let type = resolveType(value, tag: tag, style: style, at: location)
        let node = add(scalar: value, type: type, style: style, at: location)
        try complete(Built(node: node, count: 1, height: 0), anchor: anchor)
    }

    private mutating func start(
        isMapping: Bool, anchor: String?, tag: String?, style: CollectionStyle, at location: SourceLocation
    ) throws(Stop) {
        if let tag {
            let expected = isMapping ? Tag.map : Tag.seq
            if tag != expected && tag != "!" {
                fail(
                    .yamlUnsupported, "unsupported tag \(Tag.display(tag)) on a \(isMapping ? "mapping" : "sequence")",
                    at: location)
            }
        }
        if stack.count >= limits.maxDepth {
            fail(.yamlLimit, "the document nests deeper than \(limits.maxDepth) levels", at: location)
            throw Stop()
        }
        if let anchor { openAnchors.insert(anchor) }
        stack.append(
            Frame(location: location, isMapping: isMapping, style: style, anchor: anchor, start: open.count))
    }

    private mutating func end() throws(Stop) {
        let frame = stack.removeLast()
        if let anchor = frame.anchor { openAnchors.remove(anchor) }
        let first = children.count
        children.append(contentsOf: open[frame.start...])
        let count = open.count - frame.start
        open.removeSubrange(frame.start...)
        let node = add(
            frame.isMapping ? .mapping(frame.style) : .sequence(frame.style), first: first, count: count,
            at: frame.location)
        try complete(Built(node: node, count: frame.count, height: frame.height), anchor: frame.anchor)
    }

    private mutating func alias(_ anchor: String, at location: SourceLocation) throws(Stop) {
        guard var built = anchors[anchor] else {
            if openAnchors.contains(anchor) {
                fail(
                    .yamlUnsupported,
                    "alias *\(anchor) refers to a node that contains it (recursive aliases are not supported)",
                    at: location)
            } else {
                fail(
                    .yamlSyntax, "alias *\(anchor) refers to an anchor &\(anchor) that is not defined before it",
                    at: location)
            }
            let null = add(scalar: "", type: .null, style: .plain, at: location)
            try complete(Built(node: null, count: 1, height: 0), anchor: nil)
            return
        }
        // A copy of the anchored node located at the alias; its children are shared.
        let original = records[Int(built.node)]
        built.node = add(original.kind, first: Int(original.first), count: Int(original.count), at: location)
        expandedNodes += built.count
        if expandedNodes > limits.maxNodes {
            fail(.yamlLimit, tooManyNodes, at: location)
            throw Stop()
        }
        try complete(built, anchor: nil)
    }

    /// Adds a finished node to its parent (or makes it the root), enforcing the depth limit.
    private mutating func complete(_ built: Built, anchor: String?) throws(Stop) {
        if stack.count + built.height > limits.maxDepth {
            fail(
                .yamlLimit,
                "the document nests deeper than \(limits.maxDepth) levels once aliases are expanded",
                at: location(of: built.node))
            throw Stop()
        }
        if let anchor { anchors[anchor] = built }
        let top = stack.count - 1
        guard top >= 0 else {
            root = built.node
            return
        }
        stack[top].count += built.count
        stack[top].height = max(stack[top].height, built.height + 1)
        if !stack[top].isMapping {
            open.append(built.node)
            return
        }
        switch stack[top].pending {
        case .none:
            stack[top].pending = acceptKey(built.node)
        case .key:
            open.append(built.node)
            stack[top].pending = .none
        case .skippedKey:
            stack[top].pending = .none
        }
    }

    /// Checks a mapping key: a scalar, not a merge key, not a duplicate. An accepted key joins the mapping.
    private mutating func acceptKey(_ key: Int32) -> Frame.Pending {
        let record = records[Int(key)]
        guard case .scalar(let type, let style) = record.kind else {
            let found = if case .sequence = record.kind { "a sequence" } else { "a mapping" }
            fail(.yamlSyntax, "mapping keys must be scalars, found \(found) used as a key", at: location(of: key))
            return .skippedKey
        }
        let scalar = Scalar(value: scalars[Int(record.first)], type: type, style: style)
        if scalar.value == "<<" && scalar.style == .plain {
            fail(
                .yamlUnsupported, "merge keys (<<) are not supported; write the keys out in full", at: location(of: key)
            )
            return .skippedKey
        }
        let top = stack.count - 1
        // Most keys are plain strings compared by text; their identity is only made for a table.
        if let first = firstDefinition(of: scalar) {
            fail(
                .yamlDuplicateKey, "duplicate key \"\(scalar.value)\" (first defined at \(first))",
                at: location(of: key))
            return .skippedKey
        }
        let entries = (open.count - stack[top].start) / 2
        let keyLocation = location(of: key)
        if stack[top].keys != nil {
            stack[top].keys?[KeyIdentity(scalar)] = keyLocation
        } else if entries + 1 >= Self.keyTableThreshold {
            var keys: [KeyIdentity: SourceLocation] = [KeyIdentity(scalar): keyLocation]
            for position in stride(from: stack[top].start, to: open.count, by: 2) {
                keys[KeyIdentity(keyScalar(open[position]))] = location(of: open[position])
            }
            stack[top].keys = keys
        }
        open.append(key)
        return .key
    }

    private func keyScalar(_ node: Int32) -> Scalar {
        let record = records[Int(node)]
        guard case .scalar(let type, let style) = record.kind else {
            preconditionFailure("only scalar keys are accepted")
        }
        return Scalar(value: scalars[Int(record.first)], type: type, style: style)
    }

    /// How many keys a mapping has before duplicates are found with a table instead of a scan.
    private static let keyTableThreshold = 16

    /// Where the innermost mapping already defines a key equal to `key`, if it does.
    private func firstDefinition(of key: Scalar) -> SourceLocation? {
        let top = stack.count - 1
        if let keys = stack[top].keys { return keys[KeyIdentity(key)] }
        var identity: KeyIdentity?
        for position in stride(from: stack[top].start, to: open.count, by: 2) {
            let scalar = keyScalar(open[position])
            // Two strings are the same key when their text is; other types compare by resolved value.
            let same: Bool
            if scalar.type == .string && key.type == .string {
                same = scalar.value == key.value
            } else {
                if identity == nil { identity = KeyIdentity(key) }
                same = KeyIdentity(scalar) == identity
            }
            if same { return location(of: open[position]) }
        }
        return nil
    }

    private var tooManyNodes: String {
        "aliases expand to more than \(limits.maxNodes) nodes (a \"billion laughs\" file?); parsing stopped here"
    }

    // MARK: Tags

    private mutating func resolveType(_ value: String, tag: String?, style: ScalarStyle, at location: SourceLocation)
        -> ScalarType
    {
        guard let tag else {
            return style == .plain ? CoreSchema.resolve(plain: value) : .string
        }
        switch tag {
        case "!", Tag.str:
            return .string
        case Tag.null, Tag.bool, Tag.int, Tag.float:
            let type = ScalarType(rawValue: String(tag.dropFirst(Tag.prefix.count)))!
            let plainType = CoreSchema.resolve(plain: value)
            if plainType == type || (type == .float && plainType == .int) { return type }
            fail(.yamlSyntax, "\"\(value)\" is not a valid \(Tag.display(tag)) value", at: location)
            return .string
        default:
            fail(.yamlUnsupported, "unsupported tag \(Tag.display(tag)); Warden reads plain YAML only", at: location)
            return .string
        }
    }
}

/// YAML's standard tags, as libyaml reports them (with `!!` expanded).
private enum Tag {
    static let prefix = "tag:yaml.org,2002:"
    static let str = prefix + "str"
    static let null = prefix + "null"
    static let bool = prefix + "bool"
    static let int = prefix + "int"
    static let float = prefix + "float"
    static let seq = prefix + "seq"
    static let map = prefix + "map"

    /// `!!name` for standard tags, the tag as written otherwise.
    static func display(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
