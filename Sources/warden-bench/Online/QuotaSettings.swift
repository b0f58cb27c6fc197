import Emulator

/// The quotas a run at quota uses, on both sides: the emulator enforces AWS's default quotas multiplied by
/// `scale` (`--quota-scale`), and Warden is told the same rates (`--rate-limit`), as a user whose account
/// has raised quotas would tell it.
struct QuotaSettings: Sendable, Hashable {
    var scale: Double
    var latencyMilliseconds: Int

    /// A Connect operation's quota and a Roles Anywhere bucket's, scaled.
    var connect: Quota { Quota.aws(service: "connect", operation: "DescribeSecurityProfile")!.scaled(by: scale) }
    var rolesAnywhere: Quota { Quota.aws(service: "rolesanywhere", operation: "ListProfiles")!.scaled(by: scale) }

    /// Warden's `--rate-limit` for the same quotas: `Connect=20/50,RolesAnywhere=10/20` at ×10.
    var wardenRateLimit: String {
        "Connect=\(Self.number(connect.ratePerSecond))/\(Int(connect.burst)),"
            + "RolesAnywhere=\(Self.number(rolesAnywhere.ratePerSecond))/\(Int(rolesAnywhere.burst))"
    }

    /// The settings in words, for the report.
    var summary: String {
        "AWS default quotas ×\(Self.number(scale)) (Connect \(Self.number(connect.ratePerSecond))/s burst "
            + "\(Self.number(connect.burst)) per operation; Roles Anywhere \(Self.number(rolesAnywhere.ratePerSecond))/s "
            + "burst \(Self.number(rolesAnywhere.burst)) per bucket), \(latencyMilliseconds) ms latency per call"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
