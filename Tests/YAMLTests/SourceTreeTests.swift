import Testing
import YAML

/// The marks of every node: the bytes each spans, how it is written, anchors and aliases.
@Suite struct SourceTreeTests {
    /// The text a node spans.
    static func text(_ node: SourceNode, in source: String) -> String {
        String(decoding: Array(source.utf8)[node.span], as: UTF8.self)
    }

    @Test func scalarsSpanTheirTextQuotesIncluded() throws {
        let source = "a: plain text   # comment\nb: 'single ''q'''\nc: \"double \\\"q\\\"\"\nd: 42\n"
        let tree = try SourceTree.parse(source, file: "t.yaml")
        #expect(Self.text(tree.root["a"]!, in: source) == "plain text")
        #expect(Self.text(tree.root["b"]!, in: source) == "'single ''q'''")
        #expect(tree.root["b"]?.scalar == Scalar(value: "single 'q'", type: .string, style: .singleQuoted))
        #expect(Self.text(tree.root["c"]!, in: source) == "\"double \\\"q\\\"\"")
        #expect(tree.root["c"]?.scalar?.style == .doubleQuoted)
        #expect(tree.root["d"]?.scalar == Scalar(value: "42", type: .int, style: .plain))
        #expect(tree.root["a"]?.location == SourceLocation(line: 1, column: 4))
    }

    @Test func flowCollectionsSpanTheirBracketsAndBlockOnesTheirItems() throws {
        let source =
            "list: [a, \"b\"]  # two\nmap: {k: v}\nblock:\n  - x   # first\n  - y\nnested:\n  k: v\n\nnext: 1\n"
        let tree = try SourceTree.parse(source, file: "t.yaml")
        #expect(Self.text(tree.root["list"]!, in: source) == "[a, \"b\"]")
        #expect(tree.root["list"]?.collectionStyle == .flow)
        #expect(Self.text(tree.root["map"]!, in: source) == "{k: v}")
        #expect(Self.text(tree.root["block"]!, in: source) == "- x   # first\n  - y")
        #expect(tree.root["block"]?.collectionStyle == .block)
        #expect(tree.root["block"]?.items?.map { Self.text($0, in: source) } == ["x", "y"])
        #expect(Self.text(tree.root["nested"]!, in: source) == "k: v")
    }

    @Test func anchorsAndAliasesAreKept() throws {
        let source = "a: &one {k: v}\nb: *one\nc: &unused x\n"
        let tree = try SourceTree.parse(source, file: "t.yaml")
        #expect(tree.aliasedAnchors == ["one"])
        #expect(tree.root["a"]?.anchor == "one")
        #expect(Self.text(tree.root["a"]!, in: source) == "&one {k: v}")
        let start = tree.root["a"]!.textStart
        #expect(
            String(decoding: Array(source.utf8)[start..<tree.root["a"]!.span.upperBound], as: UTF8.self) == "{k: v}")
        #expect(tree.root["b"]?.alias == "one")
        #expect(Self.text(tree.root["b"]!, in: source) == "*one")
        #expect(tree.root["b"]?["k"]?.scalar?.value == "v")
        #expect(tree.root["c"]?.anchor == "unused")
    }

    @Test func marksAreBytesInUTF8AndCRLFText() throws {
        let source = "é: \"ünï\"\r\nnext: [ä, b]\r\n"
        let tree = try SourceTree.parse(source, file: "t.yaml")
        #expect(Self.text(tree.root["é"]!, in: source) == "\"ünï\"")
        #expect(Self.text(tree.root["next"]!, in: source) == "[ä, b]")
        #expect(tree.root["next"]?.items?.map { Self.text($0, in: source) } == ["ä", "b"])
    }

    @Test func aBlockScalarEndsAfterItsLines() throws {
        let source = "text: |\n  one\n  two\nafter: x\n"
        let tree = try SourceTree.parse(source, file: "t.yaml")
        #expect(tree.root["text"]?.scalar == Scalar(value: "one\ntwo\n", type: .string, style: .literal))
        #expect(Self.text(tree.root["text"]!, in: source).hasPrefix("|\n  one\n  two"))
    }

    @Test func aSyntaxErrorIsADiagnostic() {
        #expect(throws: Diagnostics.self) { try SourceTree.parse("a: [b\n", file: "t.yaml") }
    }
}
