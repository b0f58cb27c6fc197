import DesiredState
import Reconcile
import YAML

/// Desired-state files around a few permissions, and the warnings loading them gives.
enum PermissionFile {
    /// A file with one security profile `connect.prod.securityProfiles.supervisor` granting `permissions`
    /// (one a line from line 10, column 13), with optional `allowPermissions` at file and instance level.
    static func text(
        _ permissions: [String], fileAllowance: [String]? = nil, instanceAllowance: [String]? = nil,
        extra: String = ""
    ) -> String {
        var text = "version: 1\nregion: eu-west-2\n"
        if let fileAllowance { text += "allowPermissions: [\(fileAllowance.joined(separator: ", "))]\n" }
        text += "connect:\n  prod:\n    alias: acme-prod\n"
        if let instanceAllowance { text += "    allowPermissions: [\(instanceAllowance.joined(separator: ", "))]\n" }
        text += "    securityProfiles:\n      supervisor:\n        name: Supervisor\n        permissions:\n"
        text += permissions.map { "          - \"\($0)\"\n" }.joined()
        return text + extra
    }

    /// Every diagnostic of loading `text` as `file.yaml`.
    static func diagnostics(_ text: String) -> Diagnostics {
        DesiredState.load(text: text, file: "file.yaml", layout: Kinds.layout).diagnostics
    }

    /// The messages of the warnings about `permissions`.
    static func warnings(
        _ permissions: [String], fileAllowance: [String]? = nil, instanceAllowance: [String]? = nil
    ) -> [String] {
        diagnostics(text(permissions, fileAllowance: fileAllowance, instanceAllowance: instanceAllowance))
            .filter { $0.severity == .warning }.map(\.message)
    }
}
