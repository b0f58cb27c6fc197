import Testing

@testable import warden_bench

@Suite struct LowerBoundTests {
    @Test func aBucketTakesItsCallsBeyondTheBurstAtItsRate() {
        // Connect: 2/s, burst 5 per operation; ×10: 20/s, burst 50. 300 calls: (300 - 50) / 20.
        let bound = LowerBound(calls: [.connect("DescribeSecurityProfile"): 300], quotaScale: 10)
        #expect(bound.seconds == 12.5)
        #expect(
            bound.buckets == [
                LowerBound.Bucket(
                    service: "connect", name: "DescribeSecurityProfile", ratePerSecond: 20, burst: 50, calls: 300)
            ])
    }

    @Test func callsWithinTheBurstCostNothing() {
        let bound = LowerBound(calls: [.connect("ListInstances"): 5, .rolesAnywhere("ListProfiles"): 2], quotaScale: 1)
        #expect(bound.seconds == 0)
    }

    @Test func rolesAnywhereOperationsShareTheirBucket() {
        // Roles Anywhere: 1/s, burst 2, shared by the profile operations; tagging has its own bucket.
        let bound = LowerBound(
            calls: [
                .rolesAnywhere("GetProfile"): 100, .rolesAnywhere("UpdateProfile"): 50,
                .rolesAnywhere("ListTagsForResource"): 120, .rolesAnywhere("TagResource"): 10,
            ],
            quotaScale: 1)
        #expect(bound.buckets.map(\.name) == ["profiles", "tagging"])
        #expect(bound.buckets.map(\.calls) == [150, 130])
        #expect(bound.seconds == 148)
        #expect(bound.limiting?.name == "profiles")
    }

    @Test func theSlowestBucketSetsTheBoundAndSTSIsNotLimited() {
        let bound = LowerBound(
            calls: [
                .sts("GetCallerIdentity"): 1_000, .connect("DescribeSecurityProfile"): 300,
                .connect("ListSecurityProfilePermissions"): 300, .rolesAnywhere("ListTagsForResource"): 200,
            ],
            quotaScale: 10)
        // Connect: (300 - 50) / 20 = 12.5 s each; Roles Anywhere tagging: (200 - 20) / 10 = 18 s.
        #expect(bound.seconds == 18)
        #expect(bound.buckets.map(\.seconds) == [18, 12.5, 12.5])
        #expect(bound.buckets.map(\.name) == ["tagging", "DescribeSecurityProfile", "ListSecurityProfilePermissions"])
    }
}
