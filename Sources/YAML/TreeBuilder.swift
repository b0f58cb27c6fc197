/// Builds the node tree from libyaml events: expands aliases within the limits, rejects duplicate keys,
/// non-scalar keys, merge keys, unsupported tags and second documents, and collects every problem.
struct TreeBuilder {
    let file: String
    let limits: YAMLParser.Limits
    private(set) var diagnostics = Diagnostics()

    /// A node together with how many nodes it holds and how deep it nests (aliases count at full size).
    private struct Built {
        var node: Node
        var count: Int
        var height: Int
    }

    /// A collection being built.
    private struct Frame {
        enum Pending {
            case none
            case key(Node)
            /// A key that was rejected: its value is read and dropped.
            case skippedKey
        }

        var location: SourceLocation
        var isMapping: Bool
        var style: CollectionStyle
        var anchor: String?
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pending = Pending.none
        /// Where each key was defined, once the mapping has enough keys for a table to beat a scan of `entries`.
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

    private var stack: [Frame] = []
    private var anchors: [String: Built] = [:]
    private var openAnchors: Set<String> = []
    /// Nodes that aliases added to the tree (each alias adds a copy of its anchor's whole node).
    private var expandedNodes = 0
    private var root: Node?
    private var documents = 0

    init(file: String, limits: YAMLParser.Limits) {
        self.file = file
        self.limits = limits
    }

    /// Reads every event and returns the document's root (nil for an empty stream or after a fatal error).
    mutating func build(from reader: inout EventReader) -> Node? {
        do {
            while true {
                let (event, location) = try next(&reader)
                switch event {
                case .streamStart, .documentEnd:
                    continue
                case .streamEnd:
                    return root
                case .documentStart:
                    documents += 1
                    if documents > 1 {
                        fail(
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

    private mutating func next(_ reader: inout EventReader) throws(Stop) -> (Event, SourceLocation) {
        do {
            return try reader.next()
        } catch {
            fail(error.message, at: error.location)
            throw Stop()
        }
    }

    private mutating func fail(_ message: String, at location: SourceLocation) {
        diagnostics.error(message, file: file, at: location)
    }

    // MARK: Nodes

    private mutating func scalar(
        _ value: String, anchor: String?, tag: String?, style: ScalarStyle, at location: SourceLocation
    ) throws(Stop) {
        let type = resolveType(value, tag: tag, style: style, at: location)
        let node = Node(.scalar(Scalar(value: value, type: type, style: style)), at: location)
        try complete(Built(node: node, count: 1, height: 0), anchor: anchor)
    }

    private mutating func start(
        isMapping: Bool, anchor: String?, tag: String?, style: CollectionStyle, at location: SourceLocation
    ) throws(Stop) {
        if let tag {
            let expected = isMapping ? Tag.map : Tag.seq
            if tag != expected && tag != "!" {
                fail("unsupported tag \(Tag.display(tag)) on a \(isMapping ? "mapping" : "sequence")", at: location)
            }
        }
        if stack.count >= limits.maxDepth {
            fail("the document nests deeper than \(limits.maxDepth) levels", at: location)
            throw Stop()
        }
        if let anchor { openAnchors.insert(anchor) }
        stack.append(Frame(location: location, isMapping: isMapping, style: style, anchor: anchor))
    }

    private mutating func end() throws(Stop) {
        let frame = stack.removeLast()
        if let anchor = frame.anchor { openAnchors.remove(anchor) }
        let content: Node.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
        let node = Node(content, at: frame.location, collectionStyle: frame.style)
        try complete(Built(node: node, count: frame.count, height: frame.height), anchor: frame.anchor)
    }

    private mutating func alias(_ anchor: String, at location: SourceLocation) throws(Stop) {
        guard var built = anchors[anchor] else {
            if openAnchors.contains(anchor) {
                fail(
                    "alias *\(anchor) refers to a node that contains it (recursive aliases are not supported)",
                    at: location)
            } else {
                fail("alias *\(anchor) refers to an anchor &\(anchor) that is not defined before it", at: location)
            }
            let null = Node(.scalar(Scalar(value: "", type: .null, style: .plain)), at: location)
            try complete(Built(node: null, count: 1, height: 0), anchor: nil)
            return
        }
        built.node.location = location
        expandedNodes += built.count
        if expandedNodes > limits.maxNodes {
            fail(tooManyNodes, at: location)
            throw Stop()
        }
        try complete(built, anchor: nil)
    }

    /// Adds a finished node to its parent (or makes it the root), enforcing the depth limit.
    private mutating func complete(_ built: Built, anchor: String?) throws(Stop) {
        if stack.count + built.height > limits.maxDepth {
            fail(
                "the document nests deeper than \(limits.maxDepth) levels once aliases are expanded",
                at: built.node.location)
            throw Stop()
        }
        if let anchor { anchors[anchor] = built }
        guard !stack.isEmpty else {
            root = built.node
            return
        }
        stack[stack.count - 1].count += built.count
        stack[stack.count - 1].height = max(stack[stack.count - 1].height, built.height + 1)
        if !stack[stack.count - 1].isMapping {
            stack[stack.count - 1].items.append(built.node)
            return
        }
        switch stack[stack.count - 1].pending {
        case .none:
            stack[stack.count - 1].pending = acceptKey(built.node)
        case .key(let key):
            stack[stack.count - 1].entries.append(Node.Entry(key: key, value: built.node))
            stack[stack.count - 1].pending = .none
        case .skippedKey:
            stack[stack.count - 1].pending = .none
        }
    }

    /// Checks a mapping key: a scalar, not a merge key, not a duplicate.
    private mutating func acceptKey(_ key: Node) -> Frame.Pending {
        guard let scalar = key.scalar else {
            fail("mapping keys must be scalars, found \(key.kindDescription) used as a key", at: key.location)
            return .skippedKey
        }
        if scalar.value == "<<" && scalar.style == .plain {
            fail("merge keys (<<) are not supported; write the keys out in full", at: key.location)
            return .skippedKey
        }
        let identity = KeyIdentity(scalar)
        let top = stack.count - 1
        if let first = firstDefinition(of: identity) {
            fail("duplicate key \"\(scalar.value)\" (first defined at \(first))", at: key.location)
            return .skippedKey
        }
        if stack[top].keys != nil {
            stack[top].keys?[identity] = key.location
        } else if stack[top].entries.count + 1 >= Self.keyTableThreshold {
            var keys: [KeyIdentity: SourceLocation] = [identity: key.location]
            for entry in stack[top].entries { keys[KeyIdentity(entry.keyScalar)] = entry.key.location }
            stack[top].keys = keys
        }
        return .key(key)
    }

    /// How many keys a mapping has before duplicates are found with a table instead of a scan.
    private static let keyTableThreshold = 16

    /// Where the innermost mapping already defines a key equal to `identity`, if it does.
    private func firstDefinition(of identity: KeyIdentity) -> SourceLocation? {
        let top = stack.count - 1
        if let keys = stack[top].keys { return keys[identity] }
        for entry in stack[top].entries {
            guard case .scalar(let scalar) = entry.key.content else { continue }
            // Two strings are the same key when their text is; other types compare by resolved value.
            let same =
                scalar.type == .string && identity.type == .string
                ? scalar.value == identity.value : KeyIdentity(scalar) == identity
            if same { return entry.key.location }
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
            fail("\"\(value)\" is not a valid \(Tag.display(tag)) value", at: location)
            return .string
        default:
            fail("unsupported tag \(Tag.display(tag)); Warden reads plain YAML only", at: location)
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
