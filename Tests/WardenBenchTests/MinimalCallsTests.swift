import Testing

@testable import warden_bench

@Suite struct MinimalCallsTests {
    @Test func aPlanAtQuotaReadsEveryManagedFieldOnce() {
        let calls = MinimalCalls.plan(Fleet(.atQuota).changed())
        #expect(
            calls == [
                .sts("GetCallerIdentity"): 1,
                .connect("ListInstances"): 1,
                .connect("ListUserHierarchyGroups"): 3, .connect("ListContactFlowModules"): 3,
                .connect("ListAuthenticationProfiles"): 3, .connect("DescribeAuthenticationProfile"): 3,
                .connect("ListSecurityProfiles"): 3, .connect("DescribeSecurityProfile"): 300,
                .connect("ListSecurityProfilePermissions"): 300, .connect("ListSecurityProfileApplications"): 300,
                .connect("ListSecurityProfileFlowModules"): 300,
                .rolesAnywhere("ListProfiles"): 1, .rolesAnywhere("ListTagsForResource"): 200,
            ])
        #expect(calls.total == 1_418)
    }

    @Test func anApplyAtQuotaAddsTheStaleChecksAndTheWritesOfHalfTheResources() {
        let fleet = Fleet(.atQuota)
        #expect(fleet.changes.count == 252)
        let writes = MinimalCalls.writes(fleet)
        // 50 security profiles of each instance change, their kinds of change taking turns (13, 13, 12, 12);
        // 2 of the 3 authentication profiles; 100 Roles Anywhere profiles, 25 of each kind of change.
        #expect(
            writes == [
                .connect("UpdateSecurityProfile"): 114, .connect("TagResource"): 36, .connect("UntagResource"): 36,
                .connect("UpdateAuthenticationProfile"): 2,
                .rolesAnywhere("UpdateProfile"): 25, .rolesAnywhere("PutAttributeMapping"): 25,
                .rolesAnywhere("TagResource"): 25, .rolesAnywhere("DisableProfile"): 25,
            ])
        // Each change re-reads what it writes: descriptions and tags of security profiles with Describe (39 + 36
        // + 36), permissions with their list (39); both authentication profiles; the 75 Roles Anywhere changes
        // that are not only tags with one ListProfiles page (not 75 GetProfile), ListTagsForResource for the 25
        // that are.
        let apply = MinimalCalls.apply(fleet)
        #expect(apply[.connect("DescribeSecurityProfile")] == 300 + 111)
        #expect(apply[.connect("ListSecurityProfilePermissions")] == 300 + 39)
        #expect(apply[.connect("ListSecurityProfileApplications")] == 300)
        #expect(apply[.connect("DescribeAuthenticationProfile")] == 5)
        #expect(apply[.rolesAnywhere("GetProfile")] == nil)
        #expect(apply[.rolesAnywhere("ListProfiles")] == 1 + 1)
        #expect(apply[.rolesAnywhere("ListTagsForResource")] == 225)
        #expect(apply.total == 1_418 + 111 + 39 + 2 + 1 + 25 + writes.total)
    }

    @Test func theEarlierBoundReReadEveryManagedFieldOneByOne() {
        // What apply's bound was before it re-read only what it writes: every changed resource read whole.
        let fleet = Fleet(.atQuota)
        let before = MinimalCalls.apply(fleet, rereading: .everyManagedField)
        #expect(before[.connect("DescribeSecurityProfile")] == 450)
        #expect(before[.rolesAnywhere("GetProfile")] == 100)
        #expect(before[.rolesAnywhere("ListTagsForResource")] == 300)
        #expect(before.total == 1_418 + 150 * 4 + 2 + 100 * 2 + MinimalCalls.writes(fleet).total)
        #expect(LowerBound(calls: before, quotaScale: 10).seconds == 30.5)
        // At AWS's own quotas the tagging bucket (1/s) carries 75 needless re-reads: 75 s of the bound.
        #expect(
            LowerBound(calls: before, quotaScale: 1).seconds
                - LowerBound(calls: MinimalCalls.apply(fleet), quotaScale: 1)
                .seconds == 75)
    }

    @Test func oneRereadOfAKindThatListsWholeIsACallOfItsOwn() {
        // Two Roles Anywhere profiles, one changed (its duration): one GetProfile, no second listing.
        let fleet = Fleet(FleetShape(instances: 0, securityProfilesPerInstance: 0, rolesAnywhereProfiles: 2))
        #expect(fleet.changes.count == 1)
        let apply = MinimalCalls.apply(fleet)
        #expect(apply[.rolesAnywhere("GetProfile")] == 1)
        #expect(apply[.rolesAnywhere("ListProfiles")] == 1)
    }

    @Test func theApplyAtQuotaIsBoundByRolesAnywhereTagging() {
        // Tagging: 200 plan reads, 25 re-reads and 25 TagResource at 10/s with a burst of 20.
        let bound = LowerBound(calls: MinimalCalls.apply(Fleet(.atQuota)), quotaScale: 10)
        #expect(bound.limiting?.name == "tagging")
        #expect(bound.seconds == 23)
    }
}
