import Testing

@testable import YAML

/// A large file's events are read on a second thread (`ReadAheadEvents`); the document and every problem
/// must be exactly what reading them in line gives, whatever batch an event or an error falls in.
@Suite struct ReadAhead {
    /// What a parse gives: the node tree, or the rendered problems.
    private func outcome(_ text: String, readAhead: Bool, limits: YAMLParser.Limits = .init()) -> Result<
        Node, Diagnostics
    > {
        do {
            let document = try YAMLParser(limits: limits).document(text, file: "big.yaml", readAhead: readAhead)
            return .success(document.node(document.root))
        } catch {
            return .failure(error)
        }
    }

    private func expectSame(_ text: String, limits: YAMLParser.Limits = .init()) {
        #expect(outcome(text, readAhead: true, limits: limits) == outcome(text, readAhead: false, limits: limits))
    }

    /// About `entries` × 6 events: several batches.
    private func profiles(_ entries: Int) -> String {
        (0..<entries).map { index in
            "p\(index):\n  name: \"Profile \(index)\"\n  permissions: [A\(index), B]\n"
        }.joined()
    }

    @Test func aDocumentOfManyBatchesIsTheSame() throws {
        let text = profiles(5_000)
        let document = try YAMLParser().document(text, file: "big.yaml", readAhead: true)
        #expect(document.entries(document.root)?.count == 5_000)
        // Each profile takes three lines; the last one's mapping starts on the line after its key.
        #expect(document.location(document.value(document.root, key: "p4999")!).line == 14_999)
        expectSame(text)
    }

    @Test func aSyntaxErrorLateInTheFileIsTheSame() {
        let text = profiles(3_000) + "broken: [unclosed\n" + profiles(10)
        let problems = outcome(text, readAhead: true)
        guard case .failure(let diagnostics) = problems else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(diagnostics.count == 1)
        #expect((diagnostics.first?.location?.line ?? 0) > 9_000)
        expectSame(text)
    }

    @Test func problemsFoundWhileBuildingAreTheSame() {
        expectSame(profiles(2_000) + "p5:\n  name: again\n")  // duplicate key late
        expectSame(profiles(2_000) + "x: !custom 1\n")  // unsupported tag
        expectSame(profiles(2_000) + "---\nsecond: document\n" + profiles(2_000))  // stops the builder early
    }

    @Test func stoppingEarlyAtTheNodeLimitIsTheSame() {
        var text = profiles(2_000) + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        text += profiles(2_000).replacing("p", with: "q")
        expectSame(text)
        guard case .failure = outcome(text, readAhead: true) else {
            Issue.record("expected the node limit")
            return
        }
    }

    @Test func anEmptyOrTinyTextIsTheSame() {
        expectSame("")
        expectSame("a: 1\n")
    }
}
