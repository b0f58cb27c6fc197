import AWSModel
import Testing

@testable import Reconcile

@Suite struct CanonicalOrderTests {
    /// The order plans list set elements in is the byte order of their canonical JSON text, however it is
    /// computed.
    @Test func setElementsAreInTheOrderOfTheirCanonicalText() {
        let strings: [JSONValue] = [
            "ab", "ab!", "ab ", "abc", "a", "", "B", "b", "é", "Users.View", "User", "ab\u{1F}", "a\"b", "a\\b",
        ]
        for values in [strings, strings.filter { !$0.serialized().contains("\\") }, [1, "a", true, ["x": 1]]] {
            let expected = values.sorted { $0.serialized().utf8.lexicographicallyPrecedes($1.serialized().utf8) }
            #expect(ValueDiff.sorted(Set(values)) == expected)
        }
    }

    @Test func aStringPrecedesAnotherAsItsQuotedTextDoes() {
        // `"ab"` sorts after `"ab!"` and `"ab "`: the closing quote (0x22) is above ! (0x21) and space (0x20).
        #expect(ValueDiff.quotedPrecedes("ab!", "ab"))
        #expect(!ValueDiff.quotedPrecedes("ab", "ab!"))
        #expect(ValueDiff.quotedPrecedes("ab", "abc"))
        #expect(!ValueDiff.quotedPrecedes("ab", "ab"))
    }
}
