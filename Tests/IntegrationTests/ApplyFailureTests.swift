import AWSModel
import CommandTestSupport
import Emulator
import Foundation
import Plan
import Reconcile
import Testing

/// When AWS refuses a call, apply says which resource, which call, AWS's code and message; leaves what depends
/// on it alone; finishes everything else; exits 1; and the next plan shows exactly what remains.
@Suite(.serialized) struct ApplyFailureTests {
    /// `broken` restricts a resource type other than User by hierarchy, which plan only warns about (AWS's
    /// documentation lists User alone): AWS refuses to create it.
    static let file = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              broken:
                name: Broken
                permissions: [BasicAgentAccess]
                hierarchyRestrictedResources: [Queue]
              fine:
                name: Fine
                permissions: [BasicAgentAccess]
        rolesAnywhere:
          profiles:
            connect-ops:
              name: connect-ops
              tags: { team: contact-center, broken-profile: "${connect.prod.securityProfiles.broken.id}" }
            ci-readonly:
              name: ci-readonly
              durationSeconds: 1200

        """

    @Test func aRefusedCreateIsReportedItsDependentsAreNotAttemptedAndTheRestIsDone() async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let path = try ApplyHarness.desiredFile(Self.file, in: ApplyHarness.temporaryFolder())
        let before = try await ApplyHarness.plan(path, account)
        #expect(
            before.changes.map(\.address) == [
                "connect.prod.securityProfiles.broken", "connect.prod.securityProfiles.fine",
                "rolesAnywhere.profiles.ci-readonly", "rolesAnywhere.profiles.connect-ops",
            ])
        await account.server.engine.clearCallLog()

        let outcome = try await ApplyHarness.warden(["apply", path, "--auto-approve"], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        let report = try #require(outcome.standardOutput.components(separatedBy: "\n\nSucceeded:\n").last)
            .replacing(/\[request id [0-9a-f-]+\]/, with: "[request id …]")
        #expect(
            "Succeeded:\n" + report == """
                Succeeded:
                  connect.prod.securityProfiles.fine: created
                  rolesAnywhere.profiles.ci-readonly: updated in place
                Failed:
                  connect.prod.securityProfiles.broken: Connect.CreateSecurityProfile: InvalidParameterException \
                (HTTP 400): HierarchyRestrictedResources contains Queue; the only acceptable resource name is User. \
                [request id …]
                Not attempted:
                  rolesAnywhere.profiles.connect-ops: it depends on connect.prod.securityProfiles.broken, which failed
                Apply incomplete: 1 created, 1 updated, 0 deleted; 1 failed, 0 stale, 1 not attempted.
                Run `warden plan` to see what remains.

                """)
        #expect(
            outcome.standardError.contains(
                "rolesAnywhere.profiles.connect-ops: not attempted: it depends on connect.prod.securityProfiles.broken, "
                    + "which failed\n"))

        // Nothing was sent for the resource that depends on the failure.
        let writes = await ApplyHarness.writes(account).map { $0.operation ?? "" }
        #expect(writes.sorted() == ["CreateSecurityProfile", "CreateSecurityProfile", "UpdateProfile"])
        #expect(await ApplyHarness.securityProfiles(account).filter { $0.name == "Broken" } == [])

        // The next plan shows exactly what was not done, as it was planned the first time.
        let after = try await ApplyHarness.plan(path, account)
        let remaining = before.changes.filter { $0.action == .create ? $0.name == "Broken" : $0.name == "connect-ops" }
        #expect(after.changes == remaining)
    }
}
