import AWSModel
import DesiredState
import Reconcile
import Testing
import YAML

/// Variables: declaration, the four sources and their precedence, typing of uses, and every error where it is.
@Suite struct Variables {
    static let file = """
        version: 1
        variables:
          region: { type: string, default: eu-west-2 }
          account: { type: string }
          alias: { type: string, validation: { pattern: "acme-[a-z]+" } }
          inactivity: { type: integer, default: 30 }
          agentPerms: { type: list, default: [BasicAgentAccess] }
          tags: { type: map, default: { team: cc } }
          enabled: { type: boolean, default: true }
        region: ${var.region}
        accountId: ${var.account}
        connect:
          main:
            alias: ${var.alias}
            authenticationProfiles:
              default:
                name: Default-${var.alias}
                sessionInactivity: { enabled: "${var.enabled}", duration: "${var.inactivity}" }
            securityProfiles:
              agent:
                name: Agent
                description: Agents of ${var.alias} (${var.inactivity} minutes)
                permissions: ${var.agentPerms}
                tags: ${var.tags}
        """

    static func load(
        _ text: String = file, environment: [String: String] = [:], files: [VariableInputs.File] = [],
        vars: [String] = [], requireAll: Bool = true
    ) throws -> LoadResult {
        let inputs = try VariableInputs.read(
            files: [], assignments: vars, environment: environment, requireAll: requireAll
        ).get()
        var withFiles = inputs
        withFiles.files = files
        return DesiredState.load(text: text, file: "w.yaml", layout: Kinds.layout, variables: withFiles)
    }

    static let staging = VariableInputs.File(
        path: "staging.vars.yaml", text: "account: \"111111111111\"\nalias: acme-staging\ninactivity: 45\n")

    @Test func valuesTakeTheirDeclaredTypesWhereTheyAreUsedAlone() throws {
        let result = try Self.load(files: [Self.staging])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.state)
        #expect(state.region?.value == "eu-west-2")
        #expect(state.accountId?.value == "111111111111")
        #expect(state.connectInstances.first?.selector.value == .alias("acme-staging"))
        let agent = try #require(state.resources.first { $0.key == "agent" })
        #expect(agent[field: "permissions"]?.value.strings == ["BasicAgentAccess"])
        #expect(agent[field: "tags"]?.value.stringMap == ["team": "cc"])
        #expect(agent[field: "description"]?.value.string == "Agents of acme-staging (45 minutes)")
        let profile = try #require(state.resources.first { $0.key == "default" })
        #expect(profile.name?.value == "Default-acme-staging")
        let inactivity = try #require(profile[field: "sessionInactivity"]?.value)
        #expect(inactivity["duration"]?.value == .integer(45))
        #expect(inactivity["enabled"]?.value == .boolean(true))
    }

    @Test func laterSourcesWin() throws {
        let environment = ["WARDEN_VAR_account": "111111111111", "WARDEN_VAR_alias": "acme-env", "HOME": "/root"]
        let second = VariableInputs.File(path: "b.yaml", text: "alias: acme-second\n")
        // Environment over default.
        var result = try Self.load(environment: environment)
        #expect(result.state?.connectInstances.first?.selector.value == .alias("acme-env"))
        #expect(result.variables.variables.first { $0.name == "alias" }?.source == "WARDEN_VAR_alias")
        #expect(result.variables.variables.first { $0.name == "region" }?.source == "the default at w.yaml:3:36")
        // A file over the environment, the later file over the earlier.
        result = try Self.load(environment: environment, files: [Self.staging, second])
        #expect(result.state?.connectInstances.first?.selector.value == .alias("acme-second"))
        #expect(result.variables.variables.first { $0.name == "alias" }?.source == "b.yaml:1:8")
        #expect(result.variables.variables.first { $0.name == "account" }?.source == "staging.vars.yaml:1:10")
        // --var over everything, the later over the earlier.
        result = try Self.load(
            environment: environment, files: [Self.staging, second], vars: ["alias=acme-one", "alias=acme-two"])
        #expect(result.state?.connectInstances.first?.selector.value == .alias("acme-two"))
        #expect(result.variables.variables.first { $0.name == "alias" }?.source == "--var alias")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func everyValueProblemIsReportedAtOnceWhereTheValueCameFrom() throws {
        let bad = VariableInputs.File(
            path: "staging.vars.yaml", text: "account: 111111111111\nalias: Acme\nunknown: 1\n")
        let result = try Self.load(
            environment: ["WARDEN_VAR_inactivity": "soon"], files: [bad], vars: ["agentPerms=[1, 2]", "aliass=x"])
        #expect(result.state == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "staging.vars.yaml:1:10: error: var.account: expected a string, found an integer; quote it "
                    + "(\"111111111111\") to make it a string",
                "staging.vars.yaml:2:8: error: var.alias: \"Acme\" does not match the pattern acme-[a-z]+",
                "staging.vars.yaml:3:1: error: no variable \"unknown\" is declared in w.yaml",
                "--var aliass: error: no variable \"aliass\" is declared in w.yaml; did you mean \"alias\"?",
                "WARDEN_VAR_inactivity: error: var.inactivity: expected an integer, found a string",
                "--var agentPerms: error: var.agentPerms[0]: expected a string, found an integer",
            ])
    }

    @Test func aRequiredVariableWithoutAValueIsAnErrorOnlyWhenAllAreRequired() throws {
        let required = try Self.load(vars: ["alias=acme-prod"])
        #expect(
            required.diagnostics.map(\.description) == [
                "w.yaml:4:3: error: variable \"account\" has no value: give one with --var account=VALUE, a "
                    + "--var-file or WARDEN_VAR_account"
            ])
        let optional = try Self.load(vars: ["alias=acme-prod"], requireAll: false)
        #expect(!optional.diagnostics.hasErrors)
        #expect(optional.diagnostics.map(\.severity) == [.note])
        #expect(optional.diagnostics.first?.message.hasPrefix("variable \"account\" has no value") == true)
        #expect(optional.state?.accountId == nil)
        #expect(optional.state?.connectInstances.first?.selector.value == .alias("acme-prod"))
    }

    @Test func aConstraintBrokenThroughAVariableNamesBothPlaces() throws {
        let text = """
            version: 1
            variables:
              inactivity: { type: integer }
              name: { type: string }
            connect:
              main:
                alias: acme
                authenticationProfiles:
                  default:
                    name: ${var.name}
                    sessionInactivity: { enabled: true, duration: "${var.inactivity}" }
            """
        let tooLong = String(repeating: "n", count: 129)
        let result = try Self.load(
            text, files: [VariableInputs.File(path: "p.vars.yaml", text: "inactivity: 5\nname: \(tooLong)\n")])
        #expect(
            result.diagnostics.map(\.description) == [
                "w.yaml:10:15: error: connect.main.authenticationProfiles.default.name: \"\(tooLong.prefix(57))...\" "
                    + "is 129 characters long; AWS allows at most 128 (the value of var.name from p.vars.yaml:2:7)",
                "w.yaml:11:55: error: connect.main.authenticationProfiles.default.sessionInactivity.duration: 5 is "
                    + "out of range; AWS allows 15 to 720 (the value of var.inactivity from p.vars.yaml:1:13)",
            ])
    }

    @Test func usesAreCheckedAtTheirPlace() throws {
        let text = """
            version: 1
            variables:
              region: { type: string, default: eu-west-2 }
              perms: { type: list, default: [A] }
            region: ${var.regoin}
            connect:
              main:
                alias: acme-${var.perms}
                securityProfiles:
                  agent: { name: "${var.region", permissions: "${var.region}", description: "$${var.region}" }
            """
        let result = try Self.load(text)
        #expect(
            result.diagnostics.map(\.description) == [
                "w.yaml:5:9: error: region: unknown variable \"regoin\" in ${var.regoin}; did you mean \"region\"?",
                "w.yaml:8:12: error: connect.main.alias: var.perms is a list of strings: only strings and integers "
                    + "can be written inside a longer string; use it alone, as \"${var.perms}\" (the value of "
                    + "var.perms from the default at w.yaml:4:33)",
                "w.yaml:10:22: error: connect.main.securityProfiles.agent.name: unterminated variable "
                    + "\"${var.region\": add the closing }",
                "w.yaml:10:51: error: connect.main.securityProfiles.agent.permissions: expected a list, found "
                    + "var.region, a string (the value of var.region from the default at w.yaml:3:36)",
            ])
    }

    @Test func anEscapedUseIsLiteralText() throws {
        let text = """
            version: 1
            connect:
              main:
                alias: acme
                securityProfiles:
                  agent: { id: "x-$${var.x}", name: Agent, description: "uses $${var.x} and $${connect.main.arn}" }
            """
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let agent = try #require(result.state?.resources.first)
        #expect(agent.identifier?.value == "x-${var.x}")
        #expect(agent[field: "description"]?.value.string == "uses ${var.x} and ${connect.main.arn}")
    }

    @Test func declarationsAreChecked() throws {
        let text = """
            version: 1
            variables:
              flag: { type: boolean, sensitive: true }
              count: { type: integer, validation: { pattern: x, allowed: [a] } }
              text: { type: strin }
              9lives: { type: string }
            """
        let result = try Self.load(text, requireAll: false)
        #expect(
            result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "w.yaml:3:37: error: variables.flag: a boolean cannot be sensitive: true and false appear "
                    + "throughout Warden's output",
                "w.yaml:4:41: error: variables.count: pattern does not apply to a variable of type integer",
                "w.yaml:4:63: error: variables.count: allowed values of an integer variable must each be an integer, "
                    + "found a string",
                "w.yaml:5:17: error: variables.text.type: \"strin\" is not one of string, integer, boolean, list, map; "
                    + "did you mean \"string\"?",
                "w.yaml:6:3: error: variables: key \"9lives\" is invalid: expected letters, digits and _, starting "
                    + "with a letter",
            ])
    }

    @Test func sensitiveValuesAreRecordedAsSuchAndListedForHiding() throws {
        let text = """
            version: 1
            variables:
              group: { type: string, sensitive: true, default: 6a3c1f0e-2b4d }
              alias: { type: string, default: acme }
            connect:
              main:
                alias: ${var.alias}
                securityProfiles:
                  agent: { name: Agent, allowedAccessControlHierarchyGroupId: "${var.group}" }
            """
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(
            result.variables.variables == [
                .init(name: "group", value: nil, sensitive: true, source: "the default at w.yaml:3:52"),
                .init(name: "alias", value: .string("acme"), sensitive: false, source: "the default at w.yaml:4:35"),
            ])
        #expect(result.variables.sensitiveTexts == ["6a3c1f0e-2b4d"])
    }

    @Test func aJSONPolicyTakesVariablesInItsStrings() throws {
        let text = """
            version: 1
            variables:
              bucket: { type: string, default: logs }
              actions: { type: list, default: ["s3:GetObject"] }
            rolesAnywhere:
              profiles:
                tools:
                  name: tools
                  roleArns: ["arn:aws:iam::111122223333:role/tools"]
                  sessionPolicy:
                    Version: "2012-10-17"
                    Statement:
                      - { Effect: Allow, Action: "${var.actions}", Resource: "arn:aws:s3:::${var.bucket}/*" }
            """
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.state?.resources.first?[field: "sessionPolicy"]?.value.json?.value)
        #expect(
            policy.serialized()
                == #"{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":"arn:aws:s3:::logs/*"}],"Version":"2012-10-17"}"#
        )
    }
}
