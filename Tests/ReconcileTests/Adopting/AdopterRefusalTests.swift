import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// What cannot be adopted in place is never guessed: it is reported with its address, field, reason and live
/// value, and the file is left byte for byte as it was.
@Suite struct AdopterRefusalTests {
    static let agent = "connect.prod.securityProfiles.agent"
    static let supervisor = "connect.prod.securityProfiles.supervisor"

    static func file(agent: String, supervisor: String = "        tags: {team: a}\n") -> String {
        """
        version: 1
        region: eu-west-2
        connect:
          prod:
            alias: acme-prod
            prune: [securityProfiles]
            securityProfiles:
              agent:
                name: Agent
        \(agent)      supervisor:
                name: Supervisor
        \(supervisor)
        """
    }

    /// `file(agent:)` with variables declared: `team` (a string, "a"), `size` (an integer, 30) and `secret`
    /// (sensitive, "a").
    static func withVariables(agent: String) -> String {
        file(agent: agent).replacing(
            "region: eu-west-2\n",
            with: """
                region: eu-west-2
                variables:
                  team: { type: string, default: a }
                  size: { type: integer, default: 30 }
                  secret: { type: string, default: a, sensitive: true }

                """)
    }

    /// Adopts the drift of `text` with the variables' values in the report as `warden adopt` has them.
    static func adoptWithVariables(_ text: String, edit: (ObservedState) -> ObservedState) throws -> Adoption {
        let desired = try AdoptionFixtures.load(text)
        let observed = edit(AdoptionFixtures.matching(desired))
        var drift = try AdoptionFixtures.drift(desired, observed)
        drift.inputs = Plan.Inputs(
            varFiles: [],
            variables: [
                .init(name: "team", value: "a", sensitive: false, source: "the default"),
                .init(name: "size", value: 30, sensitive: false, source: "the default"),
                .init(name: "secret", value: .string(Plan.Inputs.hidden), sensitive: true, source: "the default"),
            ],
            sensitiveValues: ["a"])
        return Adopter(
            text: text, tree: try SourceTree.parse(text, file: "warden.yaml"), plan: drift, observed: observed
        ).adopt()
    }

    @Test func entriesWrittenWithAVariableThatDidNotChangeStayAndTheRestIsAdopted() throws {
        // A map: the console changed `site`; `team` and `size` still hold what their variables say.
        let tags = Self.withVariables(
            agent: "        tags:\n          team: ${var.team}   # set per account\n          site: x\n"
                + "          size: n${var.size}\n")
        let adoption = try Self.adoptWithVariables(tags) {
            AdoptionFixtures.edited($0, Self.agent, "tags", ["team": "a", "site": "west", "size": "n30"])
        }
        #expect(adoption.report.notAdopted == [])
        #expect(adoption.text(from: tags) == tags.replacing("site: x\n", with: "site: west\n"))
        // A set: a permission added in the console is appended after the one from a variable.
        let permissions = Self.withVariables(agent: "        permissions: [B, \"${var.team}\"]\n")
        let added = try Self.adoptWithVariables(permissions) {
            AdoptionFixtures.edited($0, Self.agent, "permissions", ["B", "a", "C"])
        }
        #expect(added.report.notAdopted == [])
        #expect(
            added.text(from: permissions)
                == permissions.replacing("\"${var.team}\"]", with: "\"${var.team}\", C]"))
        // The variable's value changed in the console: that entry is listed, and nothing of the field is written.
        let changed = try Self.adoptWithVariables(tags) {
            AdoptionFixtures.edited($0, Self.agent, "tags", ["team": "b", "site": "west", "size": "n30"])
        }
        #expect(changed.edits == [])
        #expect(changed.report.notAdopted.map(\.field) == ["tags.team"])
    }

    @Test func anEntryFromASensitiveVariableIsNeverTakenForUnchanged() throws {
        // The report does not hold a sensitive value: the entry cannot be compared, so the field is listed.
        let text = Self.withVariables(agent: "        tags:\n          key: ${var.secret}\n          site: x\n")
        let adoption = try Self.adoptWithVariables(text) {
            AdoptionFixtures.edited($0, Self.agent, "tags", ["key": "a", "site": "west"])
        }
        #expect(adoption.edits == [])
        #expect(adoption.report.notAdopted.map(\.field) == ["tags.key"])
        #expect(adoption.report.notAdopted.map(\.reason) == [.variable])
    }

    @Test func aValueFromAVariableIsListedAndTheFileKeepsIt() throws {
        // The drift is of the same file with the variable's value written out, and the report holds no
        // variables: nothing written with one can be compared.
        let text = Self.file(
            agent: "        tags:\n          team: ${var.team}   # set per account\n          site: x\n")
        let written = text.replacing("${var.team}", with: "a")
        let desired = try AdoptionFixtures.load(written)
        let observed = AdoptionFixtures.edited(
            AdoptionFixtures.matching(desired), Self.agent, "tags", ["team": "b", "site": "y"])
        let drift = try AdoptionFixtures.drift(desired, observed)
        let adoption = Adopter(
            text: text, tree: try SourceTree.parse(text, file: "warden.yaml"), plan: drift, observed: observed
        ).adopt()
        #expect(adoption.edits == [])
        #expect(
            adoption.report.notAdopted == [
                NotAdopted(
                    address: Self.agent, field: "tags.team", reason: .variable, live: ["team": "b", "site": "y"])
            ])
        #expect(adoption.text(from: text) == text)
        // A whole list from one variable.
        let list = Self.file(agent: "        permissions: \"${var.perms}\"\n")
        let listed = try AdoptionFixtures.load(list.replacing("\"${var.perms}\"", with: "[A]"))
        let liveList = AdoptionFixtures.edited(AdoptionFixtures.matching(listed), Self.agent, "permissions", ["B"])
        let listAdoption = Adopter(
            text: list, tree: try SourceTree.parse(list, file: "warden.yaml"),
            plan: try AdoptionFixtures.drift(listed, liveList), observed: liveList
        ).adopt()
        #expect(listAdoption.edits == [])
        #expect(
            listAdoption.report.notAdopted == [
                NotAdopted(address: Self.agent, field: "permissions", reason: .variable, live: ["B"])
            ])
        // An escaped `$${var.` is a literal, not a variable.
        let escaped = Self.file(agent: "        description: cost $${var.x}\n")
        let outcome = try AdoptionFixtures.adopt(escaped) {
            AdoptionFixtures.edited($0, Self.agent, "description", "plain")
        }
        #expect(outcome.adopted == escaped.replacing("cost $${var.x}", with: "plain"))
    }

    @Test func aValueFromAReferenceIsListedAndTheFileKeepsIt() throws {
        let text = Self.file(
            agent:
                "        description: Agents\n        tags: {sp: \"${connect.prod.securityProfiles.supervisor.id}\"}\n")
        let outcome = try AdoptionFixtures.adopt(text) {
            AdoptionFixtures.edited($0, Self.agent, "tags", ["sp": "changed"])
        }
        #expect(outcome.adopted == text)
        #expect(
            outcome.adoption.report.notAdopted == [
                NotAdopted(address: Self.agent, field: "tags.sp", reason: .reference, live: ["sp": "changed"])
            ])
        #expect(outcome.adoption.report.isIncomplete)
    }

    @Test func aResourceAdoptsWhatItCanAndListsTheRest() throws {
        let text = Self.file(
            agent:
                "        description: Agents\n        tags: {sp: \"${connect.prod.securityProfiles.supervisor.id}\"}\n")
        let outcome = try AdoptionFixtures.adopt(text) {
            AdoptionFixtures.edited(
                AdoptionFixtures.edited($0, Self.agent, "tags", ["sp": "changed"]), Self.agent, "description", "New")
        }
        #expect(outcome.adopted == text.replacing("description: Agents", with: "description: New"))
        #expect(outcome.adoption.report.adopted == [AdoptedResource(address: Self.agent, fields: ["description"])])
        #expect(outcome.adoption.report.notAdopted.map(\.reason) == [.reference])
    }

    @Test func aValueFromAnAliasIsListedFromEitherSide() throws {
        let text = Self.file(agent: "        tags: &shared {team: a}\n", supervisor: "        tags: *shared\n")
        for address in [Self.agent, Self.supervisor] {
            let outcome = try AdoptionFixtures.adopt(text) {
                AdoptionFixtures.edited($0, address, "tags", ["team": "b"])
            }
            #expect(outcome.adopted == text)
            #expect(
                outcome.adoption.report.notAdopted == [
                    NotAdopted(address: address, field: "tags.team", reason: .alias, live: ["team": "b"])
                ])
        }
        // An anchor no alias uses is edited like any value.
        let lone = Self.file(agent: "        tags: &lone {team: a}\n")
        let outcome = try AdoptionFixtures.adopt(lone) {
            AdoptionFixtures.edited($0, Self.agent, "tags", ["team": "b"])
        }
        #expect(outcome.adopted == lone.replacing("&lone {team: a}", with: "&lone {team: b}"))
    }

    @Test func aResourceGoneFromAWSIsReportedNotRemoved() throws {
        let text = Self.file(agent: "        description: Agents\n")
        let outcome = try AdoptionFixtures.adopt(text) { observed in
            var observed = observed
            observed.resources[Address(Self.supervisor.split(separator: ".").map(String.init))] = nil
            return observed
        }
        #expect(outcome.adopted == text)
        #expect(
            outcome.adoption.report.notAdopted == [
                NotAdopted(address: Self.supervisor, field: nil, reason: .gone, live: nil)
            ])
    }

    @Test func aFieldAWSReportsNothingForIsListed() throws {
        let text = Self.file(agent: "        description: Agents\n")
        let outcome = try AdoptionFixtures.adopt(text) { AdoptionFixtures.edited($0, Self.agent, "description", nil) }
        #expect(outcome.adopted == text)
        #expect(
            outcome.adoption.report.notAdopted == [
                NotAdopted(address: Self.agent, field: "description", reason: .noLiveValue, live: nil)
            ])
    }

    @Test func undeclaredLiveResourcesAreListedAndAPrunedOneIsNotAdopted() throws {
        let text = Self.file(agent: "        description: Agents\n")
        let stray = LiveResource(
            kind: .securityProfile, name: "Stray", identity: .init(region: "eu-west-2", instanceId: "i", id: "s1"))
        let outcome = try AdoptionFixtures.adopt(text) { observed in
            var observed = observed
            observed.undeclared[Address(["connect", "prod", "securityProfiles"])] = [stray]
            return observed
        }
        #expect(outcome.adopted == text)
        #expect(
            outcome.adoption.report.notAdopted == [
                NotAdopted(address: "connect.prod.securityProfiles.Stray", field: nil, reason: .notDeclared, live: nil)
            ])
    }

    @Test func onlyTheSelectedAddressesAreAdopted() throws {
        let text = Self.file(agent: "        description: Agents\n")
        let edit: (ObservedState) -> ObservedState = {
            AdoptionFixtures.edited(
                AdoptionFixtures.edited($0, Self.agent, "description", "New"), Self.supervisor, "tags", ["team": "b"])
        }
        let outcome = try AdoptionFixtures.adopt(text, addresses: [Self.supervisor], edit: edit)
        #expect(outcome.adopted == text.replacing("{team: a}", with: "{team: b}"))
        let all = try AdoptionFixtures.adopt(text, addresses: ["connect.prod"], edit: edit)
        #expect(all.adoption.report.adopted.map(\.address) == [Self.agent, Self.supervisor])
    }
}
