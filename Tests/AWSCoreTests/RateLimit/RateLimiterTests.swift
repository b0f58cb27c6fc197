import AWSCore
import AWSTestSupport
import Testing

@Suite struct RateLimiterTests {
    @Test func aBucketAllowsTheBurstThenOneRequestPerInterval() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 5))
        let start = Duration.seconds(100)
        let waits = (0..<8).map { _ in bucket.reserve(at: start) }
        #expect(waits == [.zero, .zero, .zero, .zero, .zero, .milliseconds(500), .seconds(1), .milliseconds(1_500)])
    }

    @Test func aBucketRefillsWithTimeUpToTheBurst() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 5))
        for _ in 0..<5 { _ = bucket.reserve(at: .seconds(0)) }
        #expect(bucket.reserve(at: .seconds(1)) == .zero)
        #expect(bucket.reserve(at: .seconds(1)) == .zero)
        #expect(bucket.reserve(at: .seconds(1)) == .milliseconds(500))
        for _ in 0..<3 { _ = bucket.reserve(at: .seconds(2)) }
        #expect(bucket.tokens < 0)
        _ = bucket.reserve(at: .seconds(3_600))
        #expect(bucket.tokens == 4)
    }

    @Test func aBurstFromFullStartsRefillingAfterTheArrivalAllowance() {
        var bucket = TokenBucket(
            quota: RateQuota(ratePerSecond: 2, burst: 2), arrivalAllowance: .milliseconds(250))
        let waits = (0..<4).map { _ in bucket.reserve(at: .seconds(10)) }
        #expect(waits == [.zero, .zero, .milliseconds(750), .milliseconds(1_250)])
        // A steady stream pays no allowance: the fifth token comes half a second after the fourth.
        #expect(bucket.reserve(at: .seconds(11) + .milliseconds(250)) == .milliseconds(500))
        // Idle until full again: the next burst pays the allowance once more.
        #expect(bucket.reserve(at: .seconds(20)) == .zero)
        #expect(bucket.reserve(at: .seconds(20)) == .zero)
        #expect(bucket.reserve(at: .seconds(20)) == .milliseconds(750))
    }

    @Test func connectHasABucketPerOperationAndRegion() {
        let clock = TestClock()
        let limiter = RateLimiter(limits: .documentedDefaults, clock: clock)
        for _ in 0..<5 {
            #expect(limiter.reserve(service: .connect, region: "eu-west-2", operation: "ListSecurityProfiles") == .zero)
        }
        // 500 ms for the token, and the 250 ms arrival allowance of a burst from full.
        #expect(
            limiter.reserve(service: .connect, region: "eu-west-2", operation: "ListSecurityProfiles")
                == .milliseconds(750))
        #expect(limiter.reserve(service: .connect, region: "eu-west-2", operation: "DescribeSecurityProfile") == .zero)
        #expect(limiter.reserve(service: .connect, region: "us-east-1", operation: "ListSecurityProfiles") == .zero)
    }

    @Test func listContactFlowModulesHasConnectsDocumentedDefaultQuotaOfItsOwn() throws {
        let bucket = try #require(
            RateLimits.documentedDefaults.bucket(service: "Connect", operation: "ListContactFlowModules"))
        #expect(bucket.name == "ListContactFlowModules")
        #expect(bucket.quota == RateQuota(ratePerSecond: 2, burst: 5))
    }

    @Test func rolesAnywhereSharesOneBucketForProfilesAndOneForTagging() {
        let limiter = RateLimiter(limits: .documentedDefaults, clock: TestClock())
        #expect(limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: "ListProfiles") == .zero)
        #expect(
            limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: "GetProfile")
                == .milliseconds(1_250))
        #expect(
            limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: "PutAttributeMapping")
                == .milliseconds(2_250))
        #expect(
            limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: "ListTagsForResource") == .zero)
        #expect(
            limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: "TagResource")
                == .milliseconds(1_250))
        #expect(limiter.reserve(service: .sts, region: "eu-west-2", operation: "AssumeRole") == .zero)
    }

    @Test func waitingSleepsOnTheInjectedClock() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limits: .documentedDefaults, clock: clock)
        for _ in 0..<7 {
            try await limiter.wait(service: .connect, region: "eu-west-2", operation: "ListInstances")
        }
        #expect(clock.sleeps == [.milliseconds(750), .milliseconds(500)])
    }

    @Test func limitsCanBeAdjusted() throws {
        var limits = RateLimits.documentedDefaults
        try limits.apply(
            "connect=10/20, Connect.ListUsers=1/1, RolesAnywhere.tagging=5, rolesanywhere.UpdateProfile=3/3")
        #expect(
            limits.bucket(service: "Connect", operation: "ListSecurityProfiles")?.quota
                == RateQuota(ratePerSecond: 10, burst: 20))
        #expect(
            limits.bucket(service: "Connect", operation: "ListUsers")?.quota == RateQuota(ratePerSecond: 1, burst: 1))
        #expect(
            limits.bucket(service: "RolesAnywhere", operation: "TagResource")?.quota
                == RateQuota(ratePerSecond: 5, burst: 5))
        #expect(limits.bucket(service: "RolesAnywhere", operation: "UpdateProfile")?.name == "UpdateProfile")
        #expect(limits.bucket(service: "RolesAnywhere", operation: "GetProfile")?.name == "group:profiles")
        try limits.apply("connect=off")
        #expect(limits.bucket(service: "Connect", operation: "ListUsers") == nil)
        try limits.apply("off")
        #expect(limits == .unlimited)
    }

    @Test func badLimitSettingsAreAllReported() {
        var limits = RateLimits.documentedDefaults
        #expect {
            try limits.apply("s3=1, connect=fast, connect, rolesanywhere.profiles=off")
        } throws: { error in
            (error as? AWSError)?.message == "Invalid rate limit settings: 's3' is not Connect or RolesAnywhere; "
                + "'fast' is not a rate like 2, 0.5 or 2/5 (requests per second / burst); "
                + "'connect' is not NAME=RATE[/BURST] or NAME=off; a group cannot be turned off; give it a rate."
        }
    }
}
