/// Parses one YAML document into a `Node` tree, using libyaml's event API.
///
/// Rules, each reported as a diagnostic with the 1-based line and column where the problem is:
/// - exactly one document: a second document (after `---`) is an error;
/// - duplicate keys in a mapping are errors, reported at the second key (keys are equal when their
///   resolved type and value are: `1` and `0x1` are the same key, `1` and `"1"` are not);
/// - mapping keys must be scalars, and merge keys (`<<`) are not supported;
/// - anchors and aliases are expanded, but aliases may not add more than `limits.maxNodes` nodes in all
///   (each alias adds a copy of its anchor's whole node), so a "billion laughs" file fails fast instead of
///   exhausting memory; the nodes written out in the file are not limited (its size bounds them, and a
///   desired-state file of 10,000 resources holds over half a million); nesting deeper than
///   `limits.maxDepth` is an error too;
/// - scalars are typed by the YAML 1.2 core schema (see `Scalar`); tags other than YAML's standard
///   `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq` and `!!map` are errors;
/// - libyaml's own syntax errors carry libyaml's message and position.
///
/// An empty document parses as a null scalar at 1:1.
public struct YAMLParser: Sendable {
    /// Bounds on what a document may expand to.
    public struct Limits: Sendable, Hashable {
        /// The most nodes the document's aliases may add once expanded.
        public var maxNodes: Int
        /// The deepest nesting of sequences and mappings, aliases expanded.
        public var maxDepth: Int

        public init(maxNodes: Int = 100_000, maxDepth: Int = 256) {
            self.maxNodes = maxNodes
            self.maxDepth = maxDepth
        }
    }

    public var limits: Limits

    /// From how many bytes on a text is read ahead on a second thread: below it, starting the thread costs
    /// more than it saves.
    package static let readAheadBytes = 256 * 1024

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses `text`, naming `file` in diagnostics. Throws every problem found; a syntax error stops the
    /// parse, other problems (such as duplicate keys) are collected and parsing continues.
    public func parse(_ text: String, file: String) throws(Diagnostics) -> Node {
        let document = try self.document(text, file: file)
        return document.node(document.root)
    }

    /// Parses `text` like `parse(_:file:)`, into the flat form: the same nodes, the same problems, much
    /// less to build.
    ///
    /// A large text is read by libyaml on a second thread while the document is built here (`readAhead` nil:
    /// from `readAheadBytes` on); the document and the problems are the same either way.
    package func document(_ text: String, file: String, readAhead: Bool? = nil) throws(Diagnostics) -> YAMLDocument {
        var text = text
        var builder = DocumentBuilder(file: file, limits: limits, expectedBytes: text.utf8.count)
        // libyaml reads the string's own UTF-8 in place (empty input still needs an address).
        let document = text.withUTF8 { utf8 in
            guard utf8.baseAddress != nil else {
                return [UInt8(0)].withUnsafeBufferPointer { byte in
                    var reader = EventReader(buffer: UnsafeBufferPointer(rebasing: byte[0..<0]))
                    return builder.build(from: &reader)
                }
            }
            guard readAhead ?? (utf8.count >= Self.readAheadBytes) else {
                var reader = EventReader(buffer: utf8)
                return builder.build(from: &reader)
            }
            return ReadAheadEvents.withReadAhead(over: utf8) { events in builder.build(from: &events) }
        }
        if builder.diagnostics.hasErrors { throw builder.diagnostics }
        guard let document else { throw builder.diagnostics }
        return document
    }
}
