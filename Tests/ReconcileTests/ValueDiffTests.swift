import AWSModel
import Plan
import Reconcile
import Testing

@Suite struct ValueDiffTests {
    @Test func equalValuesAreNoChange() {
        #expect(ValueDiff.value(desired: "a", observed: "a") == nil)
        #expect(ValueDiff.value(desired: ["b": 1, "a": [1, 2]], observed: ["a": [1, 2], "b": 1]) == nil)
        #expect(ValueDiff.value(desired: "b", observed: "a") == .value(before: .known("a"), after: .known("b")))
        #expect(ValueDiff.value(desired: "b", observed: nil) == .value(before: nil, after: .known("b")))
    }

    @Test func setsIgnoreOrderAndDuplicates() {
        #expect(ValueDiff.set(desired: ["b", "a"], observed: ["a", "b", "a"]) == nil)
        #expect(
            ValueDiff.set(desired: ["a", "c", "d"], observed: ["b", "a"])
                == .set(added: [.known("c"), .known("d")], removed: [.known("b")], unchanged: 1)
        )
    }

    @Test func anEmptySetStillCreatesWhatIsMissing() {
        #expect(ValueDiff.set(desired: [], observed: nil) == .set(added: [], removed: [], unchanged: 0))
        #expect(ValueDiff.set(desired: [], observed: []) == nil)
    }

    @Test func entriesReportAddsRemovesAndChanges() {
        let change = ValueDiff.entries(
            desired: ["team": "cc", "env": "prod", "keep": "x"],
            observed: ["env": "dev", "owner": "alice", "keep": "x"])
        #expect(
            change
                == .entries(
                    added: [.init(key: "team", value: .known("cc"))],
                    removed: [.init(key: "owner", value: .known("alice"))],
                    changed: [.init(key: "env", before: .known("dev"), after: .known("prod"))],
                    unchanged: 1
                )
        )
    }

    @Test func entriesCanCompareValuesAsSets() {
        let asSets: (JSONValue, JSONValue) -> Bool = { Set($0.arrayValue ?? []) == Set($1.arrayValue ?? []) }
        #expect(ValueDiff.entries(desired: ["ns": ["B", "A"]], observed: ["ns": ["A", "B"]], equal: asSets) == nil)
    }

    @Test func fingerprintsIgnoreKeyOrder() throws {
        let a = Fingerprint.of(try JSONValue(parsing: #"{"a":1,"b":[2]}"#))
        let b = Fingerprint.of(try JSONValue(parsing: #"{"b":[2],"a":1}"#))
        #expect(a == b)
        #expect(a == "sha256:0855bfc20eb6cfaa4be7d6b510c63dd22997718bddadcb1a4915cec3a16145b9")
        #expect(Fingerprint.of(["a": 2]) != Fingerprint.of(["a": 1]))
    }
}
