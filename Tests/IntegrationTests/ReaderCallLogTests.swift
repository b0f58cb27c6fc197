import AWSCore
import AWSModel
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing

/// The reader reads what the file manages and nothing else, as the emulator's call log proves.
@Suite(.serialized) struct ReaderCallLogTests {
    static let prod = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"
    static let staging = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"

    @Test func theExampleIsReadWithExactlyTheMinimalCalls() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let desired = try #require(
            DesiredState.load(path: EmulatedAccount.path("examples/contact-center.yaml"), layout: Kinds.layout).state)
        _ = try await Reader(clients: account.clients()).read(desired).get()
        let prodAgent = "InstanceId=\(Self.prod) SecurityProfileId=f6fb3f15-c62a-5628-b938-9834b5746e7d"
        let stagingAgent = "InstanceId=\(Self.staging) SecurityProfileId=6936f63c-bdb6-5b5b-941e-7301e0685325"
        #expect(
            await account.calls().sorted() == [
                // Authentication profiles: one Describe holds every field.
                "DescribeAuthenticationProfile eu-central-1 AuthenticationProfileId=2b926d67-afbf-5f4b-8427-4242956c2c11 "
                    + "InstanceId=\(Self.staging)",
                "DescribeAuthenticationProfile eu-west-2 AuthenticationProfileId=f534b319-9595-52da-915e-94f4bf979fb5 "
                    + "InstanceId=\(Self.prod)",
                // Staging is given by id, prod by alias.
                "DescribeInstance eu-central-1 InstanceId=\(Self.staging)",
                // Supervisor and AI Agent do not exist yet: nothing to read for them.
                "DescribeSecurityProfile eu-central-1 \(stagingAgent)",
                "DescribeSecurityProfile eu-west-2 \(prodAgent)",
                "GetCallerIdentity eu-west-2",
                "ListAuthenticationProfiles eu-central-1 InstanceId=\(Self.staging)",
                "ListAuthenticationProfiles eu-west-2 InstanceId=\(Self.prod)",
                // Prod's profiles name a flow module and a hierarchy group: each is checked with one List.
                "ListContactFlowModules eu-west-2 InstanceId=\(Self.prod)",
                "ListInstances eu-west-2",
                // Roles Anywhere lists whole profiles: no GetProfile.
                "ListProfiles eu-west-2",
                // Only prod's agent declares applications; nobody declares flow modules of a live profile.
                "ListSecurityProfileApplications eu-west-2 \(prodAgent)",
                "ListSecurityProfilePermissions eu-central-1 \(stagingAgent)",
                "ListSecurityProfilePermissions eu-west-2 \(prodAgent)",
                "ListSecurityProfiles eu-central-1 InstanceId=\(Self.staging)",
                "ListSecurityProfiles eu-west-2 InstanceId=\(Self.prod)",
                "ListTagsForResource eu-west-2 "
                    + "resourceArn=arn:aws:rolesanywhere:eu-west-2:111122223333:profile/2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d",
                "ListUserHierarchyGroups eu-west-2 InstanceId=\(Self.prod)",
            ])
    }

    static let twoInstancesSeed = """
        connect:
          instances:
            - { alias: one, region: eu-west-2, id: 11111111-0000-4000-8000-000000000001 }
            - { alias: two, region: eu-west-2, id: 11111111-0000-4000-8000-000000000002 }
        rolesAnywhere:
          profiles:
            - { name: ops, region: eu-west-2, roleArns: [], durationSeconds: 3600, tags: { team: cc } }

        """

    @Test func fieldsTheFileLeavesOutAreNeverRead() async throws {
        let account = try await EmulatedAccount.start(seed: Self.twoInstancesSeed)
        defer { Task { try? await account.stop() } }
        let desired = try DesiredText.load(
            """
            version: 1
            region: eu-west-2
            connect:
              one:
                alias: one
                securityProfiles:
                  agent: { name: Agent, permissions: [BasicAgentAccess] }
              two:
                alias: two
                securityProfiles:
                  agent: { name: Agent, description: Agents }
            rolesAnywhere:
              profiles:
                ops: { name: ops, durationSeconds: 3600 }

            """
        )
        _ = try await Reader(clients: account.clients()).read(desired).get()
        let calls = await account.calls()
        #expect(
            calls.map { String($0.split(separator: " ")[0]) }.sorted() == [
                "DescribeSecurityProfile", "GetCallerIdentity", "ListInstances", "ListProfiles",
                "ListSecurityProfilePermissions", "ListSecurityProfiles", "ListSecurityProfiles",
            ])
        // Permissions alone need no Describe; a description alone needs no permission list.
        #expect(
            calls.contains {
                $0.hasPrefix(
                    "ListSecurityProfilePermissions eu-west-2 InstanceId=11111111-0000-4000-8000-000000000001 ")
            })
        #expect(
            calls.contains {
                $0.hasPrefix("DescribeSecurityProfile eu-west-2 InstanceId=11111111-0000-4000-8000-000000000002 ")
            })
    }

    @Test func managedTagsAndApplicationsAreReadWhereDeclared() async throws {
        let account = try await EmulatedAccount.start(seed: Self.twoInstancesSeed)
        defer { Task { try? await account.stop() } }
        let desired = try DesiredText.load(
            """
            version: 1
            region: eu-west-2
            connect:
              one:
                alias: one
                securityProfiles:
                  agent: { name: Agent, applications: [], allowedFlowModules: [] }
            rolesAnywhere:
              profiles:
                ops: { name: ops, tags: { team: cc } }

            """
        )
        let observed = try await Reader(clients: account.clients()).read(desired).get()
        #expect(
            await account.calls().map { String($0.split(separator: " ")[0]) }.sorted() == [
                "GetCallerIdentity", "ListInstances", "ListProfiles", "ListSecurityProfileApplications",
                "ListSecurityProfileFlowModules", "ListSecurityProfiles", "ListTagsForResource",
            ])
        #expect(
            observed.resources[Address(["rolesAnywhere", "profiles", "ops"])]?.values == [
                "name": "ops", "tags": ["team": "cc"],
            ])
    }

    /// Twelve instances (ListInstances pages by ten) and a profile with nine permissions among 24 profiles.
    static var paginationSeed: String {
        var text = "connect:\n  instances:\n"
        for index in 1...12 {
            text += "    - alias: i\(index)\n      region: eu-west-2\n"
            if index == 12 {
                text += "      securityProfiles:\n"
                for profile in 1...20 {
                    let permissions = profile == 20 ? (1...9).map { "P\($0)" }.joined(separator: ", ") : "P1"
                    text += "        - { name: SP\(profile), permissions: [\(permissions)] }\n"
                }
            }
        }
        return text
    }

    static var paginationDesired: String {
        var text = "version: 1\nregion: eu-west-2\nconnect:\n"
        for index in 1...12 { text += "  i\(index):\n    alias: i\(index)\n" }
        text += "    securityProfiles:\n      last:\n        name: SP20\n"
        text += "        permissions: [\((1...9).reversed().map { "P\($0)" }.joined(separator: ", "))]\n"
        return text
    }

    @Test func everyPageIsReadWithTheLargestPagesByDefault() async throws {
        let account = try await EmulatedAccount.start(seed: Self.paginationSeed)
        defer { Task { try? await account.stop() } }
        let desired = try DesiredText.load(Self.paginationDesired)
        let observed = try await Reader(clients: account.clients()).read(desired).get()
        #expect(observed.instances.count == 12)
        let calls = await account.calls().map { String($0.split(separator: " ")[0]) }
        #expect(calls.filter { $0 == "ListInstances" }.count == 2)
        #expect(calls.filter { $0 == "ListSecurityProfiles" }.count == 1)
        #expect(calls.filter { $0 == "ListSecurityProfilePermissions" }.count == 1)
        let plan = try Planner(
            desired: desired, observed: observed, desiredFile: .init(path: "warden.yaml", sha256: ""),
            wardenVersion: "test"
        ).plan().get()
        #expect(plan.changes == [])
        #expect(plan.summary.unchanged == 1)
    }

    @Test func smallPagesAreFollowedToTheEnd() async throws {
        let account = try await EmulatedAccount.start(seed: Self.paginationSeed)
        defer { Task { try? await account.stop() } }
        let desired = try DesiredText.load(Self.paginationDesired)
        let observed = try await Reader(clients: account.clients(pageSize: 4)).read(desired).get()
        let calls = await account.calls().map { String($0.split(separator: " ")[0]) }
        // 12 instances, 24 security profiles (20 and AWS's four), 9 permissions, 4 a page.
        #expect(calls.filter { $0 == "ListInstances" }.count == 3)
        #expect(calls.filter { $0 == "ListSecurityProfiles" }.count == 6)
        #expect(calls.filter { $0 == "ListSecurityProfilePermissions" }.count == 3)
        let address = Address(["connect", "i12", "securityProfiles", "last"])
        #expect(
            observed.resources[address]?.values["permissions"]
                == JSONValue.array((1...9).map { JSONValue.string("P\($0)") }))
        #expect(observed.undeclared[Address(["connect", "i12", "securityProfiles"])]?.count == 23)
    }
}
