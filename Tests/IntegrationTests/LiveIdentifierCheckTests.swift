import AWSModel
import CommandTestSupport
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import YAML

/// Plan checks that the hierarchy group and flow modules a security profile names exist in its instance: one
/// List of each per instance, made only when a profile there names one; an id that does not exist is an error
/// at the value, and nothing is written.
@Suite(.serialized) struct LiveIdentifierCheckTests {
    static let prod = "11111111-0000-4000-8000-000000000001"
    static let staging = "11111111-0000-4000-8000-000000000002"

    static let seed = """
        connect:
          instances:
            - alias: prod
              region: eu-west-2
              id: 11111111-0000-4000-8000-000000000001
              hierarchyGroups:
                - { name: Sales, id: 22222222-0000-4000-8000-000000000001 }
                - { name: Support, id: 22222222-0000-4000-8000-000000000002 }
                - { name: Escalations, id: 22222222-0000-4000-8000-000000000003 }
              flowModules:
                - { name: Order lookup, id: fm-order }
                - { name: Refund request, id: fm-refund }
                - { name: Legacy IVR, id: fm-legacy, state: ARCHIVED }
            - alias: staging
              region: eu-west-2
              id: 11111111-0000-4000-8000-000000000002
              hierarchyGroups:
                - { name: Sales, id: 44444444-0000-4000-8000-000000000001 }

        """

    /// Every way to get an id wrong, one per line: a typo, a name, an ARN, a typo in a name.
    static let wrong = """
        version: 1
        region: eu-west-2
        connect:
          prod:
            alias: prod
            securityProfiles:
              supervisor:
                name: Supervisor
                allowedAccessControlHierarchyGroupId: 22222222-0000-4000-8000-00000000003
              lead:
                name: Lead
                allowedAccessControlHierarchyGroupId: Support
              ai-agent:
                name: AI Agent
                allowedFlowModules:
                  - { flowModuleId: fm-order, type: MCP }
                  - { flowModuleId: fm-refnud, type: MCP }
                  - flowModuleId: arn:aws:connect:eu-west-2:111122223333:instance/11111111-0000-4000-8000-000000000001/flow-module/fm-legacy
          staging:
            alias: staging
            securityProfiles:
              sales:
                name: Sales
                allowedAccessControlHierarchyGroupId: Slaes

        """

    static let wrongErrors = [
        "warden.yaml:9:47: error: connect.prod.securityProfiles.supervisor.allowedAccessControlHierarchyGroupId: "
            + "no hierarchy group has id \"22222222-0000-4000-8000-00000000003\" in instance \(prod) (eu-west-2); "
            + "did you mean \"22222222-0000-4000-8000-000000000003\"?",
        "warden.yaml:12:47: error: connect.prod.securityProfiles.lead.allowedAccessControlHierarchyGroupId: "
            + "no hierarchy group has id \"Support\" in instance \(prod) (eu-west-2); \"Support\" is the name of a "
            + "hierarchy group: did you mean its id \"22222222-0000-4000-8000-000000000002\"?",
        "warden.yaml:17:29: error: connect.prod.securityProfiles.ai-agent.allowedFlowModules[1].flowModuleId: "
            + "no flow module has id \"fm-refnud\" in instance \(prod) (eu-west-2); did you mean \"fm-refund\"?",
        "warden.yaml:18:27: error: connect.prod.securityProfiles.ai-agent.allowedFlowModules[2].flowModuleId: "
            + "no flow module has id \"arn:aws:connect:eu-west-2:111122223333:instance/\(prod)/flow-module/fm-legacy\" "
            + "in instance \(prod) (eu-west-2); that is the ARN of a flow module: did you mean its id \"fm-legacy\"?",
        "warden.yaml:24:47: error: connect.staging.securityProfiles.sales.allowedAccessControlHierarchyGroupId: "
            + "no hierarchy group has id \"Slaes\" in instance \(staging) (eu-west-2); did you mean "
            + "\"44444444-0000-4000-8000-000000000001\" (hierarchy group \"Sales\")?",
    ]

    static func plan(_ text: String, _ account: EmulatedAccount, pageSize: Int? = nil, mode: Plan.Mode = .plan)
        async throws -> Result<Plan, Reconciler.Failure>
    {
        let desired = try DesiredText.load(text)
        return await Reconciler(clients: try account.clients(pageSize: pageSize), mode: mode, wardenVersion: "test")
            .plan(desired, file: Plan.DesiredFile(path: "warden.yaml", sha256: ""))
    }

    static func lines(_ failure: Reconciler.Failure) -> [String] {
        guard case .diagnostics(let diagnostics) = failure else { return ["\(failure)"] }
        return diagnostics.all.map(\.description)
    }

    /// How many calls of each List that checks ids the emulator saw.
    static func lookups(_ account: EmulatedAccount) async -> [String] {
        await account.calls().filter {
            $0.hasPrefix("ListUserHierarchyGroups ") || $0.hasPrefix("ListContactFlowModules ")
        }.sorted()
    }

    @Test func idsThatDoNotExistAreErrorsAtTheirValuesWithTheIdMeant() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        for mode in [Plan.Mode.plan, .drift] {
            let result = try await Self.plan(Self.wrong, account, mode: mode)
            guard case .failure(let failure) = result else {
                Issue.record("planned despite ids that do not exist")
                continue
            }
            #expect(Self.lines(failure) == Self.wrongErrors)
        }
    }

    @Test func idsThatExistPlanWithOneListPerInstanceAndCollection() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        let plan = try await Self.plan(
            """
            version: 1
            region: eu-west-2
            connect:
              prod:
                alias: prod
                securityProfiles:
                  supervisor:
                    name: Supervisor
                    allowedAccessControlHierarchyGroupId: 22222222-0000-4000-8000-000000000003
                  lead:
                    name: Lead
                    allowedAccessControlHierarchyGroupId: 22222222-0000-4000-8000-000000000002
                    allowedFlowModules: [{ flowModuleId: fm-refund }]
                  ai-agent:
                    name: AI Agent
                    allowedFlowModules:
                      - { flowModuleId: fm-order, type: MCP }
                      - { flowModuleId: fm-legacy, type: MCP }
              staging:
                alias: staging
                securityProfiles:
                  sales: { name: Sales, allowedAccessControlHierarchyGroupId: 44444444-0000-4000-8000-000000000001 }

            """, account
        ).get()
        #expect(plan.changes.map(\.address.description).count == 4)
        #expect(
            await Self.lookups(account) == [
                "ListContactFlowModules eu-west-2 InstanceId=\(Self.prod)",
                "ListUserHierarchyGroups eu-west-2 InstanceId=\(Self.prod)",
                "ListUserHierarchyGroups eu-west-2 InstanceId=\(Self.staging)",
            ])
    }

    @Test func nothingIsListedWhenNoProfileNamesAnId() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        // An empty list or an empty id (which clears the field) names nothing; a reference names a resource of
        // the file, never a hierarchy group.
        _ = try await Self.plan(
            """
            version: 1
            region: eu-west-2
            connect:
              prod:
                alias: prod
                securityProfiles:
                  agent: { name: Agent, permissions: [BasicAgentAccess], allowedFlowModules: [] }
                  cleared: { name: Cleared, allowedAccessControlHierarchyGroupId: "" }
                  odd: { name: Odd, allowedAccessControlHierarchyGroupId: "${connect.prod.securityProfiles.agent.id}" }
              staging:
                alias: staging
                securityProfiles:
                  sales: { name: Sales, description: Sales }

            """, account
        ).get()
        let calls = await account.calls()
        #expect(calls.contains { $0.hasPrefix("ListSecurityProfiles ") })
        #expect(await Self.lookups(account) == [])
    }

    @Test func everyPageIsReadAndCountsAsOneListing() async throws {
        var seed = "connect:\n  instances:\n    - alias: prod\n      region: eu-west-2\n      id: \(Self.prod)\n"
        seed += "      hierarchyGroups:\n"
        for number in 1...5 { seed += "        - { name: Group \(number), id: group-\(number) }\n" }
        seed += "      flowModules:\n"
        for number in 1...5 { seed += "        - { name: Module \(number), id: module-\(number) }\n" }
        let account = try await EmulatedAccount.start(seed: seed)
        defer { Task { try? await account.stop() } }
        let file = """
            version: 1
            region: eu-west-2
            connect:
              prod:
                alias: prod
                securityProfiles:
                  a: { name: A, allowedAccessControlHierarchyGroupId: group-5, allowedFlowModules: [{ flowModuleId: module-5 }] }
                  b: { name: B, allowedAccessControlHierarchyGroupId: group-55, allowedFlowModules: [{ flowModuleId: module-1 }] }

            """
        let progress = ProgressLog()
        let desired = try DesiredText.load(file)
        let result = await Reconciler(
            clients: try account.clients(pageSize: 2), wardenVersion: "test", progress: progress.record
        ).plan(desired, file: Plan.DesiredFile(path: "warden.yaml", sha256: ""))
        guard case .failure(let failure) = result else {
            Issue.record("group-55 does not exist")
            return
        }
        // group-5 and module-5 are on the third page, and so is the id closest to group-55.
        #expect(
            Self.lines(failure) == [
                "warden.yaml:8:59: error: connect.prod.securityProfiles.b.allowedAccessControlHierarchyGroupId: "
                    + "no hierarchy group has id \"group-55\" in instance \(Self.prod) (eu-west-2); did you mean "
                    + "\"group-5\"?"
            ])
        let lookups = await Self.lookups(account)
        #expect(lookups.filter { $0.hasPrefix("ListUserHierarchyGroups ") }.count == 3)
        #expect(lookups.filter { $0.hasPrefix("ListContactFlowModules ") }.count == 3)
        // The two listings are reported like the collections' (one each, however many pages).
        let listed = progress.events.filter { $0.step == .listed }
        #expect(
            Set(listed.map(\.address)) == [
                "connect.prod.securityProfiles", "connect.prod.hierarchyGroups", "connect.prod.flowModules",
            ])
        #expect(listed.map(\.total) == [3, 3, 3])
    }

    @Test func planApplyAndDriftExitOneWithTheErrorsAndWriteNothing() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed)
        defer { Task { try? await account.stop() } }
        let folder = try ApplyHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("warden.yaml").path
        try Self.wrong.write(toFile: path, atomically: true, encoding: .utf8)
        let expected = Self.wrongErrors.map { $0.replacing("warden.yaml:", with: path + ":", maxReplacements: 1) }
        for command in [["plan", path], ["apply", path, "--auto-approve"], ["drift", path]] {
            let run = try await ApplyHarness.warden(command, endpoint: account.server.url)
            #expect(run.exitCode == 1, "\(run)")
            #expect(run.standardOutput == "", "\(run)")
            #expect(run.standardError == expected.joined(separator: "\n") + "\n", "\(run)")
        }
        #expect(await ApplyHarness.writes(account) == [])
    }
}

/// The progress a plan reported, in order.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [ReadProgress] = []

    var events: [ReadProgress] { lock.withLock { recorded } }

    var record: @Sendable (ReadProgress) -> Void {
        { [self] progress in lock.withLock { recorded.append(progress) } }
    }
}
