import Testing

@testable import DesiredState

@Suite struct Suggestions {
    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(Suggestion.editDistance("permisions", "permissions") == 1)
        #expect(Suggestion.editDistance("reigon", "region") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }

    @Test func suggestsOnlyPlausibleTypos() {
        let keys = ["name", "description", "permissions", "tags"]
        #expect(Suggestion.closest(to: "Permissions", among: keys) == "permissions")
        #expect(Suggestion.closest(to: "descripton", among: keys) == "description")
        #expect(Suggestion.closest(to: "tag", among: keys) == "tags")
        #expect(Suggestion.closest(to: "owner", among: keys) == nil)
        #expect(
            Suggestion.closest(to: "THIRD_PARTY", among: ["MCP", "THIRD_PARTY_APPLICATION"])
                == "THIRD_PARTY_APPLICATION")
    }
}
