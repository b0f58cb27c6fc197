import DesiredState
import Testing
import YAML

/// `allowPermissions` silences exactly the names it lists, at file and at instance level.
@Suite struct PermissionAllowance {
    static let path = "connect.prod.securityProfiles.supervisor.permissions"

    static func unknown(_ name: String) -> String {
        "\(path): \"\(name)\" is not a known Amazon Connect permission; if AWS added it after this Warden was built, "
            + "list it under allowPermissions"
    }

    @Test func withoutAnAllowanceEveryUnknownNameWarns() {
        #expect(
            PermissionFile.warnings(["NewPermission.View", "OtherNewThing.Access"]) == [
                Self.unknown("NewPermission.View"), Self.unknown("OtherNewThing.Access"),
            ])
    }

    @Test func aFileLevelAllowanceSilencesExactlyTheListedNames() {
        #expect(
            PermissionFile.warnings(
                ["NewPermission.View", "OtherNewThing.Access"], fileAllowance: ["NewPermission.View"])
                == [Self.unknown("OtherNewThing.Access")])
    }

    @Test func anInstanceLevelAllowanceSilencesExactlyTheListedNames() {
        #expect(
            PermissionFile.warnings(
                ["NewPermission.View", "OtherNewThing.Access"], instanceAllowance: ["OtherNewThing.Access"])
                == [Self.unknown("NewPermission.View")])
    }

    @Test func bothLevelsAddUp() {
        #expect(
            PermissionFile.warnings(
                ["NewPermission.View", "OtherNewThing.Access"], fileAllowance: ["NewPermission.View"],
                instanceAllowance: ["OtherNewThing.Access"]
            ).isEmpty)
    }

    @Test func theAllowanceIsExactNotCaseInsensitiveNorAPrefix() {
        #expect(
            PermissionFile.warnings(
                ["newpermission.view", "NewPermission.View.Extra"], fileAllowance: ["NewPermission.View"])
                == [Self.unknown("newpermission.view"), Self.unknown("NewPermission.View.Extra")])
    }

    @Test func anAllowedNameIsNotWarnedAboutForWhatItNeeds() {
        #expect(PermissionFile.warnings(["Users.Edit"], instanceAllowance: ["Users.Edit"]).isEmpty)
        #expect(PermissionFile.warnings(["Users.Edit", "Queues.Edit"], instanceAllowance: ["Users.Edit"]).count == 1)
    }

    @Test func anInstancesAllowanceDoesNotReachAnotherInstance() {
        let text = """
            version: 1
            region: eu-west-2
            connect:
              prod:
                alias: acme-prod
                allowPermissions: [NewPermission.View]
                securityProfiles:
                  a: { name: A, permissions: [NewPermission.View] }
              staging:
                alias: acme-staging
                securityProfiles:
                  b: { name: B, permissions: [NewPermission.View] }

            """
        let warnings = PermissionFile.diagnostics(text).filter { $0.severity == .warning }
        #expect(
            warnings.map(\.message) == [
                "connect.staging.securityProfiles.b.permissions: \"NewPermission.View\" is not a known Amazon Connect "
                    + "permission; if AWS added it after this Warden was built, list it under allowPermissions"
            ])
    }

    @Test func theAllowanceIsCheckedLikeAnyList() {
        let text = PermissionFile.text(["BasicAgentAccess"], fileAllowance: ["A", "A"])
        #expect(PermissionFile.diagnostics(text).hasErrors)
    }
}
