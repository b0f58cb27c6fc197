/// A parsed YAML document held flat: every node is a small record in one buffer, scalars' texts are in a
/// second and collections name their children by index in a third. The same content as a `Node` tree
/// (aliases expanded, keys checked, locations kept) at a fraction of the cost to build and to walk: no
/// reference counting per node (reading it from several threads at once touches no shared count), three
/// allocations for the whole document.
///
/// `YAMLParser.document(_:file:)` makes one; `node(_:)` turns any part of it into a `Node` tree. Node ids
/// are indices: a collection's children always come before it. `Items` and `Entries` read the document's
/// memory directly: use them only while the document they came from exists.
package struct YAMLDocument: @unchecked Sendable {  // Its buffers are never written once it is made.
    /// What a node is, with how it was written.
    package enum Kind: Sendable, Hashable {
        case scalar(ScalarType, ScalarStyle)
        case sequence(CollectionStyle)
        case mapping(CollectionStyle)
    }

    /// One node: where it starts, what it is, and its text (`first` indexes `scalars`) or its children
    /// (`count` children from `first` in `children`: items, or key and value alternating).
    struct Record: Sendable {
        var line: Int32
        var column: Int32
        var first: Int32
        var count: Int32
        var kind: Kind
    }

    /// The document's memory: written once by the builder, then only read, so any thread may read it.
    final class Storage: @unchecked Sendable {
        let records: UnsafeBufferPointer<Record>
        let scalars: UnsafeBufferPointer<String>
        let children: UnsafeBufferPointer<Int32>

        init(records: GrowingBuffer<Record>, scalars: GrowingBuffer<String>, children: GrowingBuffer<Int32>) {
            self.records = records.finish()
            self.scalars = scalars.finish()
            self.children = children.finish()
        }

        deinit {
            records.deallocate()
            UnsafeMutableBufferPointer(mutating: scalars).deinitialize().deallocate()
            children.deallocate()
        }
    }

    private let storage: Storage
    // The storage's buffers, held here too so that reading them never touches the storage object.
    let records: UnsafeBufferPointer<Record>
    let scalars: UnsafeBufferPointer<String>
    let children: UnsafeBufferPointer<Int32>
    /// The root node.
    package let root: Int

    init(storage: Storage, root: Int) {
        self.storage = storage
        records = storage.records
        scalars = storage.scalars
        children = storage.children
        self.root = root
    }

    /// How many nodes the document has: its node ids are `0..<nodeCount`.
    package var nodeCount: Int { records.count }

    /// Where the node starts.
    package func location(_ node: Int) -> SourceLocation {
        let record = records[node]
        return SourceLocation(line: Int(record.line), column: Int(record.column))
    }

    package func kind(_ node: Int) -> Kind { records[node].kind }

    /// Whether the node is a mapping.
    package func isMapping(_ node: Int) -> Bool {
        if case .mapping = records[node].kind { return true }
        return false
    }

    /// The scalar, if the node is one.
    package func scalar(_ node: Int) -> Scalar? {
        let record = records[node]
        guard case .scalar(let type, let style) = record.kind else { return nil }
        return Scalar(value: scalars[Int(record.first)], type: type, style: style)
    }

    /// The scalar's type, if the node is a scalar.
    package func scalarType(_ node: Int) -> ScalarType? {
        if case .scalar(let type, _) = records[node].kind { return type }
        return nil
    }

    /// The scalar's text, if the node is a scalar.
    package func text(_ node: Int) -> String? {
        let record = records[node]
        guard case .scalar = record.kind else { return nil }
        return scalars[Int(record.first)]
    }

    /// The text of a node known to be a scalar (mapping keys always are).
    package func keyText(_ node: Int) -> String {
        scalars[Int(records[node].first)]
    }

    /// The items, if the node is a sequence.
    package func items(_ node: Int) -> Items? {
        let record = records[node]
        guard case .sequence = record.kind else { return nil }
        return Items(children: children, start: Int(record.first), count: Int(record.count))
    }

    /// The entries in file order, if the node is a mapping.
    package func entries(_ node: Int) -> Entries? {
        let record = records[node]
        guard case .mapping = record.kind else { return nil }
        return Entries(children: children, start: Int(record.first), count: Int(record.count) / 2)
    }

    /// The value of the entry whose key is the string `key`, if the node is a mapping that has one.
    package func value(_ node: Int, key: String) -> Int? {
        guard let entries = entries(node) else { return nil }
        for entry in entries {
            guard case .scalar(.string, _) = records[entry.key].kind else { continue }
            if scalars[Int(records[entry.key].first)] == key { return entry.value }
        }
        return nil
    }

    /// The node and everything under it as a `Node` tree.
    package func node(_ node: Int) -> Node {
        let location = self.location(node)
        switch kind(node) {
        case .scalar:
            return Node(.scalar(scalar(node)!), at: location)
        case .sequence(let style):
            return Node(.sequence(items(node)!.map { self.node($0) }), at: location, collectionStyle: style)
        case .mapping(let style):
            let mapped = entries(node)!.map { Node.Entry(key: self.node($0.key), value: self.node($0.value)) }
            return Node(.mapping(mapped), at: location, collectionStyle: style)
        }
    }

    /// A sequence's items, as node ids.
    package struct Items: RandomAccessCollection, @unchecked Sendable {
        let children: UnsafeBufferPointer<Int32>
        let start: Int
        package let count: Int

        package var startIndex: Int { 0 }
        package var endIndex: Int { count }
        package subscript(position: Int) -> Int { Int(children[start + position]) }
    }

    /// A mapping's entries, as node ids of each key and value.
    package struct Entries: RandomAccessCollection, @unchecked Sendable {
        let children: UnsafeBufferPointer<Int32>
        let start: Int
        package let count: Int

        package var startIndex: Int { 0 }
        package var endIndex: Int { count }
        package subscript(position: Int) -> (key: Int, value: Int) {
            (Int(children[start + 2 * position]), Int(children[start + 2 * position + 1]))
        }
    }
}
