import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// The exact text adopting writes: styles kept, sets and mappings edited element by element, line breaks and
/// UTF-8 as the file has them.
@Suite struct AdopterEditTests {
    static let agent = "connect.prod.securityProfiles.agent"

    static func profile(_ fields: String) -> String {
        """
        version: 1
        region: eu-west-2
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              agent:
                name: Agent

        """
            + fields.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
            .joined(separator: "\n")
    }

    static func adopted(_ fields: String, _ field: String, _ value: JSONValue) throws -> String {
        let outcome = try AdoptionFixtures.adopt(profile(fields)) {
            AdoptionFixtures.edited($0, agent, field, value)
        }
        #expect(outcome.replan?.changes == [], "\(outcome.adopted)")
        #expect(outcome.adoption.report.notAdopted == [])
        return outcome.adopted
    }

    @Test func aScalarKeepsItsQuotingWhereTheNewValueAllows() throws {
        #expect(
            try Self.adopted("      description: Agents   # who\n", "description", "Team leads")
                == Self.profile("      description: Team leads   # who\n"))
        #expect(
            try Self.adopted("      description: Agents\n", "description", "no")
                == Self.profile("      description: \"no\"\n"))
        #expect(
            try Self.adopted("      description: 'Agents'\n", "description", "It's")
                == Self.profile("      description: 'It''s'\n"))
        #expect(
            try Self.adopted("      description: 'Agents'\n", "description", "a\tb")
                == Self.profile("      description: \"a\\tb\"\n"))
        #expect(
            try Self.adopted("      description: \"Agents\"\n", "description", "plain")
                == Self.profile("      description: \"plain\"\n"))
        #expect(
            try Self.adopted("      description: |\n        Agents\n      tags: {}\n", "description", "New")
                == Self.profile("      description: New\n      tags: {}\n"))
        // A literal `${` is escaped, as import escapes it.
        #expect(
            try Self.adopted("      description: Agents\n", "description", "cost ${x}")
                == Self.profile("      description: cost $${x}\n"))
    }

    @Test func aSetKeepsTheFileOrderDropsWithCommentsAndAppends() throws {
        let before = """
                  permissions:
                    # the basics
                    - OutboundCallAccess   # calls out
                    - BasicAgentAccess     # everyone
                    - AccessMetrics
                  tags: {}

            """
        let after = """
                  permissions:
                    # the basics
                    - BasicAgentAccess     # everyone
                    - AccessMetrics
                    - ContactSearch.View
                    - Queues.View
                  tags: {}

            """
        let live: JSONValue = ["AccessMetrics", "BasicAgentAccess", "ContactSearch.View", "Queues.View"]
        #expect(try Self.adopted(before, "permissions", live) == Self.profile(after))
    }

    @Test func aBlockSetEmptiedBecomesFlowAndAFlowSetStaysFlow() throws {
        #expect(
            try Self.adopted("      permissions:   # none soon\n        - A\n        - B\n", "permissions", [])
                == Self.profile("      permissions: []\n"))
        #expect(
            try Self.adopted("      permissions: [A, B, C]  # three\n", "permissions", ["A", "C", "D"])
                == Self.profile("      permissions: [A, C, D]  # three\n"))
        #expect(
            try Self.adopted("      permissions: [A, B, C]\n", "permissions", ["A"])
                == Self.profile("      permissions: [A]\n"))
        #expect(
            try Self.adopted("      permissions: [A, B]\n", "permissions", ["C"])
                == Self.profile("      permissions: [C]\n"))
        #expect(
            try Self.adopted("      permissions: []\n", "permissions", ["a,b", "C"])
                == Self.profile("      permissions: [\"a,b\", C]\n"))
        #expect(
            try Self.adopted("      permissions: [\n        A,   # first\n        B,\n      ]\n", "permissions", ["B"])
                == Self.profile("      permissions: [\n        B,\n      ]\n"))
    }

    @Test func aMappingKeepsItsOrderDropsAndAppendsSorted() throws {
        let before = """
                  tags:
                    zone: north   # kept, changed
                    team: a       # dropped
                    cost: "1"

            """
        let after = """
                  tags:
                    zone: south   # kept, changed
                    cost: "1"
                    alpha: "yes"
                    beta: b

            """
        let live: JSONValue = ["zone": "south", "cost": "1", "beta": "b", "alpha": "yes"]
        #expect(try Self.adopted(before, "tags", live) == Self.profile(after))
        #expect(
            try Self.adopted("      tags: {a: \"1\", b: c}\n", "tags", ["b": "d", "e": "f"])
                == Self.profile("      tags: {b: d, e: f}\n"))
        #expect(try Self.adopted("      tags:\n        a: b\n", "tags", [:]) == Self.profile("      tags: {}\n"))
    }

    @Test func crlfStaysCrlfAndUTF8IsKept() throws {
        let fields =
            "        description: \"Équipe d'accueil — été\"\r\n        permissions:\r\n          - A\r\n        tags: {}\r\n"
        let text = Self.profile("").replacing("\n", with: "\r\n") + fields
        let outcome = try AdoptionFixtures.adopt(text) { observed in
            let edited = AdoptionFixtures.edited(observed, Self.agent, "permissions", ["A", "B"])
            return AdoptionFixtures.edited(edited, Self.agent, "description", "Équipe — hiver")
        }
        #expect(outcome.replan?.changes == [])
        #expect(
            outcome.adopted
                == Self.profile("").replacing("\n", with: "\r\n")
                + "        description: \"Équipe — hiver\"\r\n        permissions:\r\n          - A\r\n          - B\r\n        tags: {}\r\n"
        )
    }

    @Test func keyedListsAreEditedElementByElement() throws {
        let before = """
                  applications:
                    - namespace: crm   # the CRM
                      permissions: [ACCESS]
                    - namespace: old
                      permissions: [ACCESS]

            """
        let after = """
                  applications:
                    - namespace: crm   # the CRM
                      permissions: [ACCESS, EXTRA]
                    - namespace: tools
                      permissions:
                        - t1
                      type: MCP

            """
        let live: JSONValue = [
            ["namespace": "crm", "permissions": ["ACCESS", "EXTRA"], "type": "THIRD_PARTY_APPLICATION"],
            ["namespace": "tools", "permissions": ["t1"], "type": "MCP"],
        ]
        #expect(try Self.adopted(before, "applications", live) == Self.profile(after))
    }

    @Test func liveResourcesTheFileDoesNotDeclareAreAppendedWithUniqueNames() throws {
        let text = Self.profile("      permissions: [A]\n")
        let admin = ImportedResource(
            live: LiveResource(
                kind: .securityProfile, name: "Admin",
                identity: .init(region: "eu-west-2", instanceId: "00000000-1111-4222-8333-444444444444", id: "x1")),
            values: ["description": "Second agent", "permissions": ["B", "A"], "tags": [:]])
        let outcome = try AdoptionFixtures.adopt(text, unmanaged: [admin]) { $0 }
        #expect(
            outcome.adoption.report.appended == [
                AppendedResource(address: "connect.prod.securityProfiles.admin", name: "Admin")
            ])
        #expect(
            outcome.adopted
                == text
                + "\n      admin:\n        name: Admin\n        description: Second agent\n        permissions:\n          - B\n"
                + "          - A\n        tags: {}\n")
    }
}
