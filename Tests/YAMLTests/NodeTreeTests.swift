import Testing
import YAML

@Suite struct NodeTree {
    @Test func mappingEntriesKeepFileOrderWithLocatedKeysAndValues() throws {
        let node = try root(
            """
            zeta: 1
            alpha:
              - x
              - {k: v}
            """)
        let entries = try #require(node.mapping)
        #expect(entries.map(\.keyScalar.value) == ["zeta", "alpha"])
        #expect(node.location == SourceLocation(line: 1, column: 1))
        #expect(entries[0].key.location == SourceLocation(line: 1, column: 1))
        #expect(entries[0].value.location == SourceLocation(line: 1, column: 7))
        #expect(entries[1].key.location == SourceLocation(line: 2, column: 1))
        let items = try #require(entries[1].value.sequence)
        #expect(entries[1].value.location == SourceLocation(line: 3, column: 3))
        #expect(entries[1].value.collectionStyle == .block)
        #expect(items[0].location == SourceLocation(line: 3, column: 5))
        #expect(items[1].location == SourceLocation(line: 4, column: 5))
        #expect(items[1].collectionStyle == .flow)
        #expect(items[1]["k"]?.scalar?.value == "v")
        #expect(items[1]["k"]?.location == SourceLocation(line: 4, column: 9))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try root("é: ü\nnext: [ä, b]\n")
        #expect(node["é"]?.location == SourceLocation(line: 1, column: 4))
        #expect(node["next"]?.sequence?[1].location == SourceLocation(line: 2, column: 11))
    }

    @Test func emptyDocumentIsANullScalarAtTheStart() throws {
        let node = try root("# only a comment\n")
        #expect(node == Node(.scalar(Scalar(value: "", type: .null, style: .plain)), at: .start))
    }

    @Test func subscriptFindsOnlyStringKeys() throws {
        let node = try root("1: int\n\"1\": string\n")
        #expect(node["1"]?.scalar?.value == "string")
    }

    @Test func aliasesExpandToACopyLocatedAtTheAlias() throws {
        let node = try root(
            """
            base: &tags {team: ops}
            copy: *tags
            """)
        let copy = try #require(node["copy"])
        #expect(copy.location == SourceLocation(line: 2, column: 7))
        #expect(copy["team"]?.scalar?.value == "ops")
        #expect(copy["team"]?.location == SourceLocation(line: 1, column: 20))
    }

    @Test func scalarStylesAreReported() throws {
        let node = try root(
            """
            plain: a
            single: 'b'
            double: "c"
            literal: |
              d
            folded: >
              e
            """)
        let styles = try #require(node.mapping).map(\.value.scalar?.style)
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(node["literal"]?.scalar?.value == "d\n")
    }

    @Test func kindDescriptionsNameWhatANodeIs() throws {
        let node = try root("[~, true, 1, 1.5, s, [], {}]")
        let kinds = try #require(node.sequence).map(\.kindDescription)
        #expect(kinds == ["null", "a boolean", "an integer", "a float", "a string", "a sequence", "a mapping"])
    }
}
