import CommandTestSupport
import Emulator
import Foundation
import Testing

/// Variables through the commands: values from every source reach the plan, the plan records them, and a
/// sensitive value is hidden in everything Warden prints while the saved plan holds it.
@Suite(.serialized) struct VariableCommandTests {
    static let secret = "6a3c1f0e-2b4d-4e8a-9c7b-1d2e3f4a5b6c"

    static let file = """
        version: 1
        variables:
          alias: { type: string }
          region: { type: string, default: eu-west-2 }
          inactivity: { type: integer, default: 30, validation: { minimum: 15 } }
          group: { type: string, sensitive: true }
        region: ${var.region}
        connect:
          prod:
            alias: ${var.alias}
            authenticationProfiles:
              default:
                name: Default
                sessionInactivity: { enabled: true, duration: "${var.inactivity}" }
            securityProfiles:
              supervisor:
                name: Supervisor
                permissions: [BasicAgentAccess]
                hierarchyRestrictedResources: [User]
                allowedAccessControlHierarchyGroupId: ${var.group}
                description: Limited to group ${var.group}

        """

    static func write(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "warden-vars-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    static func run(_ arguments: [String], endpoint: String, group: String? = secret) async throws -> CommandRun {
        var environment = CommandRun.environment(endpoint: endpoint)
        if let group { environment["WARDEN_VAR_group"] = group }
        let offline = ["show", "validate"].contains(arguments[0])
        return try await CommandRun.warden(
            arguments + (offline ? [] : ["--rate-limit", "off"]), environment: environment)
    }

    @Test func aSensitiveValueIsHiddenInEveryOutputButTheSavedPlan() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = try Self.write(["env.yaml": Self.file, "prod.vars.yaml": "alias: acme-prod\ninactivity: 45\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("env.yaml").path
        let plan = directory.appendingPathComponent("plan.json").path
        let endpoint = account.server.url
        let values = ["--var-file", directory.appendingPathComponent("prod.vars.yaml").path]

        var outputs: [String: CommandRun] = [:]
        outputs["plan"] = try await Self.run(["plan", path, "-o", plan, "--debug"] + values, endpoint: endpoint)
        outputs["plan markdown"] = try await Self.run(
            ["plan", path, "--format", "markdown"] + values, endpoint: endpoint)
        outputs["show"] = try await Self.run(["show", plan], endpoint: endpoint, group: nil)
        outputs["show markdown"] = try await Self.run(
            ["show", plan, "--format", "markdown"], endpoint: endpoint, group: nil)
        outputs["validate json"] = try await Self.run(
            ["validate", path, "--format", "json"] + values, endpoint: endpoint)
        outputs["apply"] = try await Self.run(
            ["apply", plan, "--auto-approve", "--debug"], endpoint: endpoint, group: nil)
        outputs["drift"] = try await Self.run(
            ["drift", path, "--var", "inactivity=60", "--format", "markdown"] + values, endpoint: endpoint)
        for (name, outcome) in outputs {
            #expect(![name, outcome.standardOutput, outcome.standardError].joined().contains(Self.secret), "\(name)")
            #expect(outcome.exitCode == (name == "drift" ? 2 : 0), "\(name): \(outcome)")
        }
        #expect(outputs["plan"]!.standardOutput.contains("allowedAccessControlHierarchyGroupId = \"(sensitive)\""))
        #expect(outputs["plan"]!.standardOutput.contains("description                          = \"(sensitive)\""))
        #expect(outputs["apply"]!.standardError.contains("(sensitive)"), "--debug shows the request, hidden")
        #expect(outputs["show"]!.standardOutput == outputs["plan"]!.standardOutput)
        #expect(outputs["drift"]!.standardOutput.contains("| `inactivity` | `60` | --var inactivity |"))

        // The saved plan holds what apply sent, and records every input.
        let saved = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(saved.contains(Self.secret))
        let json = try JSONSerialization.jsonObject(with: Data(saved.utf8)) as? [String: Any]
        let inputs = try #require(json?["inputs"] as? [String: Any])
        let variables = try #require(inputs["variables"] as? [[String: Any]])
        #expect(variables.map { $0["name"] as? String } == ["alias", "region", "inactivity", "group"])
        #expect(variables.map { "\($0["value"]!)" } == ["acme-prod", "eu-west-2", "45", "(sensitive)"])
        #expect(
            variables.map { $0["source"] as? String } == [
                "\(directory.path)/prod.vars.yaml:1:8", "the default at \(path):4:36",
                "\(directory.path)/prod.vars.yaml:2:13", "WARDEN_VAR_group",
            ])
        let files = try #require(inputs["varFiles"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect((files.first?["sha256"] as? String)?.count == 64)
        let created = await account.server.engine.callLog().first { $0.operation == "CreateSecurityProfile" }
        #expect(created?.status == 200)
    }

    @Test func aValueBreakingAConstraintIsReportedAtBothPlacesAndHidden() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = try Self.write(["env.yaml": Self.file])
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("env.yaml").path
        let long = String(repeating: "s", count: 250)
        let outcome = try await Self.run(
            ["plan", path, "--var", "alias=acme-prod"], endpoint: account.server.url, group: long)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.standardError
                == "\(path):21:22: error: connect.prod.securityProfiles.supervisor.description: \"(sensitive)...\" is "
                + "267 characters long; AWS allows at most 250 (the value of var.group from WARDEN_VAR_group)\n")
        #expect(await account.server.engine.callLog().isEmpty, "nothing is sent when a value is invalid")
    }

    @Test func aSavedPlanTakesNoVariables() async throws {
        let directory = try Self.write(["plan.json": "{}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try await CommandRun.warden([
            "apply", directory.appendingPathComponent("plan.json").path, "--var", "alias=x",
        ])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError.contains("is a saved plan: it holds every value it sends, so it takes no --var"))
    }
}
