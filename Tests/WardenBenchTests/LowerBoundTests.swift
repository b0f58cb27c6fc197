import Testing

@testable import warden_bench

@Suite struct LowerBoundTests {
    @Test func aBucketTakesItsCallsBeyondTheBurstAtItsRate() {
        // Connect: 2/s, burst 5 per operation; ×10: 20/s, burst 50. 300 calls: (300 - 50) / 20.
        let bound = LowerBound(calls: [.connect("DescribeSecurityProfile"): 300], quotaScale: 10)
        #expect(bound.seconds == 12.5)
        #expect(
            bound.phases.map(\.buckets) == [
                [
                    LowerBound.Bucket(
                        service: "connect", name: "DescribeSecurityProfile", ratePerSecond: 20, burst: 50, calls: 300,
                        tokens: 50)
                ]
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
        #expect(bound.phases[0].buckets.map(\.name) == ["profiles", "tagging"])
        #expect(bound.phases[0].buckets.map(\.calls) == [150, 130])
        #expect(bound.seconds == 148)
        #expect(bound.limitingDescription == "rolesanywhere profiles")
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
        #expect(bound.phases[0].buckets.map(\.seconds) == [18, 12.5, 12.5])
        #expect(
            bound.phases[0].buckets.map(\.name) == [
                "tagging", "DescribeSecurityProfile", "ListSecurityProfilePermissions",
            ])
    }

    @Test func aLaterPhaseStartsWithTheTokensEachBucketHasLeft() {
        // ×10: Roles Anywhere 10/s, burst 20. The plan: 200 tagging reads (18 s) and 1 listing, which leaves the
        // tagging bucket empty and the profiles bucket full again. Then 76 profile calls (a full bucket:
        // (76 - 20) / 10) and 50 tagging calls (an empty one: 50 / 10).
        let plan: CallCounts = [.rolesAnywhere("ListTagsForResource"): 200, .rolesAnywhere("ListProfiles"): 1]
        let writes: CallCounts = [
            .rolesAnywhere("UpdateProfile"): 75, .rolesAnywhere("ListProfiles"): 1, .rolesAnywhere("TagResource"): 25,
            .rolesAnywhere("ListTagsForResource"): 25,
        ]
        let bound = LowerBound(phases: [plan, writes], quotaScale: 10)
        #expect(bound.phases.map(\.seconds) == [18, 5.6])
        #expect(bound.phases[1].buckets.map(\.tokens) == [20, 0])
        #expect(abs(bound.seconds - 23.6) < 1e-9)
        #expect(bound.limitingDescription == "rolesanywhere tagging, then rolesanywhere profiles")
        // Made in one phase, the same calls would take only the tagging bucket's (250 - 20) / 10.
        #expect(LowerBound(calls: plan.adding(writes), quotaScale: 10).seconds == 23)
    }

    @Test func aBucketUnusedInAPhaseRefillsForAllOfIt() {
        // Connect DescribeSecurityProfile (×1: 2/s, burst 5): 5 calls empty it; a 10 s phase of other calls
        // refills it to its burst (never beyond), so the next phase's 7 calls take (7 - 5) / 2.
        let bound = LowerBound(
            phases: [
                [.connect("DescribeSecurityProfile"): 5], [.connect("ListSecurityProfiles"): 25],
                [.connect("DescribeSecurityProfile"): 7],
            ],
            quotaScale: 1)
        #expect(bound.phases.map(\.seconds) == [0, 10, 1])
        #expect(bound.phases[2].buckets.map(\.tokens) == [5])
    }
}
