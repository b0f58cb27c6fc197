import AWSCore
import Emulator
import Testing

@testable import warden_bench

@Suite struct QuotaSettingsTests {
    @Test func wardenIsToldTheQuotasTheEmulatorEnforces() throws {
        let settings = QuotaSettings(scale: 10, latencyMilliseconds: 20)
        #expect(settings.wardenRateLimit == "Connect=20/50,RolesAnywhere=10/20")
        var limits = RateLimits.documentedDefaults
        try limits.apply(settings.wardenRateLimit)
        for (service, operation) in [
            ("Connect", "DescribeSecurityProfile"), ("RolesAnywhere", "GetProfile"),
            ("RolesAnywhere", "ListTagsForResource"),
        ] {
            let emulated = try #require(
                Quota.aws(service: service == "Connect" ? "connect" : "rolesanywhere", operation: operation)?
                    .scaled(by: settings.scale))
            let told = try #require(limits.bucket(service: service, operation: operation)?.quota)
            #expect(told.ratePerSecond == emulated.ratePerSecond)
            #expect(Double(told.burst) == emulated.burst)
        }
    }
}
