/// One node of a parsed YAML document: a scalar, a sequence or a mapping, with the 1-based line and column
/// where it starts.
///
/// Aliases are already expanded (an alias becomes a copy of its anchored node, located at the alias), and
/// mapping keys are always scalars, kept in file order together with their own locations.
public struct Node: Sendable, Hashable {
    /// What a node holds.
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    /// One `key: value` pair of a mapping. The key is always a scalar node.
    public struct Entry: Sendable, Hashable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }

        /// The key's scalar (keys are always scalars).
        public var keyScalar: Scalar {
            guard case .scalar(let scalar) = key.content else {
                preconditionFailure("YAMLParser only produces scalar mapping keys")
            }
            return scalar
        }
    }

    public var content: Content
    /// Where the node starts (for a collection, its first token: `[`, `{`, `-` or its first key).
    public var location: SourceLocation
    /// The style the collection was written in; `nil` for scalars.
    public var collectionStyle: CollectionStyle?

    public init(_ content: Content, at location: SourceLocation, collectionStyle: CollectionStyle? = nil) {
        self.content = content
        self.location = location
        self.collectionStyle = collectionStyle
    }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in file order, if this node is a mapping.
    public var mapping: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value of the entry whose key is the string `key`, if this node is a mapping that has one.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.keyScalar.type == .string && $0.keyScalar.value == key }?.value
    }

    /// A short noun for what the node is, for messages: `null`, `a boolean`, `an integer`, `a float`,
    /// `a string`, `a sequence` or `a mapping`.
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.type.kindDescription
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}

/// How a collection was written: indented block style, or inline flow style (`[a, b]`, `{a: 1}`).
public enum CollectionStyle: Sendable, Hashable {
    case block
    case flow
}
