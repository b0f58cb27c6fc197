import Reconcile
import Testing

@Suite struct LogicalNamesTests {
    @Test(arguments: [
        ("Agent", "agent"),
        ("CallCenterManager", "call-center-manager"),
        ("QualityAnalyst", "quality-analyst"),
        ("SupervisorEU", "supervisor-eu"),
        ("AIAgent", "ai-agent"),
        ("AI Agent", "ai-agent"),
        ("Team Lead @ EU", "team-lead-eu"),
        ("connect-ops", "connect-ops"),
        ("ci_readonly", "ci_readonly"),
        ("_private", "private"),
        ("123", "123"),
        ("Agent2Go", "agent2-go"),
        ("Équipe", "quipe"),
        (" - ", ""),
    ])
    func derivesLowerCaseWordsJoinedByHyphens(name: String, logical: String) {
        #expect(LogicalNames.derive(name) == logical)
    }

    @Test func makesNamesUniqueWithANumberAndFallsBackWhenNothingIsLeft() {
        var names = LogicalNames()
        #expect(names.claim("Agent", fallback: "security profile") == "agent")
        #expect(names.claim("agent", fallback: "security profile") == "agent-2")
        #expect(names.claim("AGENT", fallback: "security profile") == "agent-3")
        #expect(names.claim(" - ", fallback: "Roles Anywhere profile") == "roles-anywhere-profile")
        #expect(names.claim("___", fallback: "Roles Anywhere profile") == "roles-anywhere-profile-2")
    }

    @Test func staysWithinSixtyFourCharactersWithTheSuffix() {
        var names = LogicalNames()
        let long = String(repeating: "x", count: 100)
        let first = names.claim(long, fallback: "x")
        let second = names.claim(long, fallback: "x")
        #expect(first.count == 64)
        #expect(second.count == 64)
        #expect(second.hasSuffix("-2"))
        #expect(first != second)
    }
}
