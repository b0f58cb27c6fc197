import Testing
import YAML

@Suite struct ParseErrors {
    @Test func duplicateKeysAreAllReportedAtTheSecondKey() {
        let text = """
            name: a
            tags:
              team: x
              team: y
            name: b
            """
        #expect(
            errors(text) == [
                "test.yaml:4:3: error: duplicate key \"team\" (first defined at 3:3)",
                "test.yaml:5:1: error: duplicate key \"name\" (first defined at 1:1)",
            ])
    }

    @Test func keysAreComparedByResolvedValue() {
        #expect(
            errors("1: a\n0x1: b\n\"1\": c\n") == ["test.yaml:2:1: error: duplicate key \"0x1\" (first defined at 1:1)"]
        )
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(
            errors("a: 1\n---\nb: 2\n") == [
                "test.yaml:2:1: error: the file holds more than one YAML document (a second one starts here); "
                    + "Warden reads exactly one"
            ])
    }

    @Test func anExplicitSingleDocumentIsFine() throws {
        let node = try root("---\na: 1\n...\n")
        #expect(node["a"]?.scalar?.intValue == 1)
    }

    @Test func billionLaughsStopsAtTheNodeLimit() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            let items = Array(repeating: previous, count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(items)]\n"
        }
        #expect(
            errors(text) == [
                "test.yaml:5:45: error: aliases expand to more than 100000 nodes (a \"billion laughs\" file?); "
                    + "parsing stopped here"
            ])
    }

    @Test func nodeLimitCountsWhatAliasesAdd() {
        let limits = YAMLParser.Limits(maxNodes: 6)
        // Each *a adds the three nodes of [x, y]; nodes written out are not counted.
        #expect(errors("a: &a [x, y]\nb: *a\nc: *a\nd: [1, 2, 3, 4, 5, 6, 7, 8]\n", limits: limits).isEmpty)
        #expect(
            errors("a: &a [x, y]\nb: *a\nc: *a\nd: *a\n", limits: limits) == [
                "test.yaml:4:4: error: aliases expand to more than 6 nodes (a \"billion laughs\" file?); parsing "
                    + "stopped here"
            ])
    }

    @Test func aLargeDocumentWithoutAliasesParses() throws {
        // 50,000 entries of 5 nodes each: 250,001 nodes, far beyond the alias limit.
        var text = ""
        for index in 0..<50_000 { text += "k\(index): {a: 1, b: 2}\n" }
        let node = try root(text)
        #expect(node.mapping?.count == 50_000)
        #expect(node["k49999"]?["b"]?.scalar?.intValue == 2)
    }

    @Test func deepNestingStops() {
        let limits = YAMLParser.Limits(maxDepth: 3)
        #expect(errors("[[[x]]]", limits: limits).isEmpty)
        #expect(
            errors("[[[[x]]]]", limits: limits) == ["test.yaml:1:4: error: the document nests deeper than 3 levels"])
        #expect(
            errors("a: &a [[x]]\nb: [[*a]]\n", limits: limits) == [
                "test.yaml:2:6: error: the document nests deeper than 3 levels once aliases are expanded"
            ])
    }

    @Test func undefinedAndRecursiveAliasesAreErrors() {
        #expect(
            errors("a: *nope\nb: &self [*self]\n") == [
                "test.yaml:1:4: error: alias *nope refers to an anchor &nope that is not defined before it",
                "test.yaml:2:11: error: alias *self refers to a node that contains it (recursive aliases are not supported)",
            ])
    }

    @Test func mergeKeysAreRejected() {
        #expect(
            errors("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n") == [
                "test.yaml:3:3: error: merge keys (<<) are not supported; write the keys out in full"
            ])
    }

    @Test func collectionKeysAreRejected() {
        #expect(
            errors("? [a, b]\n: value\n") == [
                "test.yaml:1:3: error: mapping keys must be scalars, found a sequence used as a key"
            ])
    }

    @Test func unsupportedTagsAreRejected() {
        #expect(
            errors("a: !Ref thing\nb: !!binary aGVsbG8=\nc: !!int abc\nd: !!set {x}\n") == [
                "test.yaml:1:4: error: unsupported tag !Ref; Warden reads plain YAML only",
                "test.yaml:2:4: error: unsupported tag !!binary; Warden reads plain YAML only",
                "test.yaml:3:4: error: \"abc\" is not a valid !!int value",
                "test.yaml:4:4: error: unsupported tag !!set on a mapping",
            ])
    }

    @Test(arguments: [
        ("a: b: c\n", "test.yaml:1:5: error: mapping values are not allowed in this context"),
        (
            "key: [1, 2\nother: 3\n",
            "test.yaml:2:6: error: did not find expected ',' or ']' (while parsing a flow sequence at 1:6)"
        ),
        (
            "a:\n\t- b\n",
            "test.yaml:2:1: error: found character that cannot start any token (while scanning for the next token at 2:1)"
        ),
        (
            "s: \"unterminated\n",
            "test.yaml:2:1: error: found unexpected end of stream (while scanning a quoted scalar at 1:4)"
        ),
        ("a: 1\n b: 2\n", "test.yaml:2:3: error: mapping values are not allowed in this context"),
        ("a: ok\nb: \u{1}\n", "test.yaml:2:4: error: control characters are not allowed (#x1)"),
    ])
    func libyamlErrorsCarryOneBasedLocations(text: String, expected: String) {
        #expect(errors(text) == [expected])
    }
}
