import AWSModel
import DesiredState
import Reconcile
import Testing
import YAML

@Suite struct ExampleFiles {
    @Test func everyExampleIsValidWithoutWarnings() throws {
        let examples = try Fixtures.examples()
        #expect(examples == ["examples/contact-center.yaml", "examples/minimal.yaml"])
        for example in examples {
            let result = DesiredState.load(
                text: try Fixtures.repositoryFile(example), file: example, layout: Kinds.layout)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.state != nil)
        }
    }

    @Test func everyExampleNamesTheSchemaForEditors() throws {
        for example in try Fixtures.examples() {
            let firstLine = try Fixtures.repositoryFile(example).split(separator: "\n").first
            #expect(firstLine == "# yaml-language-server: $schema=../schemas/warden.schema.json")
        }
    }

    @Test func contactCenterDeclaresTwoInstancesAndAllThreeKinds() throws {
        let state = try #require(load("examples/contact-center.yaml"))
        #expect(state.version == 1)
        #expect(state.region?.value == "eu-west-2")
        #expect(state.accountId?.value == "111122223333")
        #expect(state.connectInstances.map(\.key) == ["prod", "staging"])
        #expect(state.connectInstances[0].selector.value == .alias("acme-prod"))
        #expect(state.connectInstances[1].selector.value == .id("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"))
        #expect(state.connectInstances[1].region?.value == "eu-central-1")
        #expect(state.connectInstances[0].prune.map(\.value) == ["securityProfiles"])
        #expect(state.connectInstances[1].prune.isEmpty)
        #expect(
            state.resources.map(\.address.description) == [
                "connect.prod.authenticationProfiles.default",
                "connect.prod.securityProfiles.agent",
                "connect.prod.securityProfiles.supervisor",
                "connect.prod.securityProfiles.ai-agent",
                "connect.staging.authenticationProfiles.default",
                "connect.staging.securityProfiles.agent",
                "rolesAnywhere.profiles.connect-ops",
            ])
        #expect(Set(state.resources.map(\.kind)) == Set(Kinds.layout.kinds))
    }

    @Test func resourcesKeepTheLocationOfThemselvesAndEveryField() throws {
        let state = try #require(load("examples/contact-center.yaml"))
        let agent = try #require(state.resource(at: Address(["connect", "prod", "securityProfiles", "agent"])))
        #expect(agent.location == SourceLocation(line: 31, column: 7))
        #expect(agent.keyLocation(of: "permissions") == SourceLocation(line: 34, column: 9))
        #expect(agent[field: "permissions"]?.location == SourceLocation(line: 35, column: 11))
        #expect(agent[field: "permissions"]?.value.list?[2].location == SourceLocation(line: 37, column: 13))
        #expect(agent.name == Located("Agent", at: SourceLocation(line: 32, column: 15)))
    }

    @Test func omittedFieldsAreAbsentAndEmptyListsArePresent() throws {
        let state = try #require(load("examples/contact-center.yaml"))
        let prod = try #require(state.resource(at: Address(["connect", "prod", "authenticationProfiles", "default"])))
        let staging = try #require(
            state.resource(at: Address(["connect", "staging", "authenticationProfiles", "default"])))
        #expect(prod[field: "periodicSessionDuration"] == nil)
        #expect(
            prod[field: "allowedIps"]?.value.strings == ["203.0.113.0/24", "198.51.100.128/25", "2001:db8:1200::/40"])
        #expect(staging[field: "allowedIps"]?.value.strings == [])
        #expect(staging[field: "description"] == nil)
        #expect(staging[field: "sessionInactivity"]?.value["enabled"]?.value.boolean == false)
        #expect(staging[field: "sessionInactivity"]?.value["duration"] == nil)
    }

    @Test func sessionPolicyIsCanonicalJSONWithItsReferences() throws {
        let state = try #require(load("examples/contact-center.yaml"))
        let profile = try #require(state.resource(at: Address(["rolesAnywhere", "profiles", "connect-ops"])))
        let policy = try #require(profile[field: "sessionPolicy"]?.value.json)
        #expect(
            policy.references.map(\.value.description) == [
                "${connect.prod.arn}", "${connect.prod.arn}", "${connect.staging.arn}", "${connect.prod.arn}",
            ])
        let arns = [
            "connect.prod": "arn:aws:connect:eu-west-2:111122223333:instance/p",
            "connect.staging": "arn:aws:connect:eu-central-1:111122223333:instance/s",
        ]
        let resolved = try #require(policy.resolve { arns[$0.target.description] })
        #expect(
            resolved.serialized()
                == #"{"Statement":[{"Action":["connect:Describe*","connect:List*","connect:UpdateSecurityProfile"],"#
                + #""Effect":"Allow","Resource":["arn:aws:connect:eu-west-2:111122223333:instance/p","#
                + #""arn:aws:connect:eu-west-2:111122223333:instance/p/*"],"Sid":"ManageProductionContactCenter"},"#
                + #"{"Action":["connect:Describe*","connect:List*"],"Effect":"Allow","#
                + #""Resource":"arn:aws:connect:eu-central-1:111122223333:instance/s/*","Sid":"ReadStaging"},"#
                + #"{"Action":"connect:DescribeUser","Effect":"Allow","#
                + #""Resource":"arn:aws:connect:eu-west-2:111122223333:instance/p/agent/${aws:userid}","#
                + #""Sid":"OnlyTheirOwnUser"}],"Version":"2012-10-17"}"#)
        #expect(policy.resolve { _ in nil } == nil)
        // Without references, a document is final once `$${` escapes are undone; one without `$` is as written.
        let escaped = JSONDocument(value: ["Resource": "$${connect.prod.arn}", "Sid": "${aws:userid}"], references: [])
        #expect(escaped.resolve { _ in nil } == ["Resource": "${connect.prod.arn}", "Sid": "${aws:userid}"])
        let plain = JSONDocument(value: ["Action": ["connect:List*"], "Version": "2012-10-17"], references: [])
        #expect(plain.resolve { _ in nil } == plain.value)
    }

    @Test func referencesInPlainStringsAreTemplates() throws {
        let state = try #require(load("examples/contact-center.yaml"))
        let profile = try #require(state.resource(at: Address(["rolesAnywhere", "profiles", "connect-ops"])))
        let tag = try #require(profile[field: "tags"]?.value["supervisor-profile"])
        let reference = Reference(
            target: Address(["connect", "prod", "securityProfiles", "supervisor"]), attribute: .id)
        #expect(tag.value.template == Template(parts: [.reference(reference)]))
        #expect(tag.value.string == nil)
        #expect(profile.references.contains(Located(reference, at: tag.location)))
    }

    private func load(_ path: String) -> DesiredState? {
        guard let text = try? Fixtures.repositoryFile(path) else { return nil }
        return DesiredState.load(text: text, file: path, layout: Kinds.layout).state
    }
}
