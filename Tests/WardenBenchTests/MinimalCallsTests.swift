import Emulator
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
                // ListProfiles documents no page size larger than its default (50): 4 pages.
                .rolesAnywhere("ListProfiles"): 4, .rolesAnywhere("ListTagsForResource"): 200,
            ])
        #expect(calls.total == 1_421)
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
        // that are not only tags with one listing of 4 ListProfiles pages (not 75 GetProfile), ListTagsForResource
        // for the 25 that are.
        let apply = MinimalCalls.apply(fleet)
        #expect(apply[.connect("DescribeSecurityProfile")] == 300 + 111)
        #expect(apply[.connect("ListSecurityProfilePermissions")] == 300 + 39)
        #expect(apply[.connect("ListSecurityProfileApplications")] == 300)
        #expect(apply[.connect("DescribeAuthenticationProfile")] == 5)
        #expect(apply[.rolesAnywhere("GetProfile")] == nil)
        #expect(apply[.rolesAnywhere("ListProfiles")] == 4 + 4)
        #expect(apply[.rolesAnywhere("ListTagsForResource")] == 225)
        #expect(apply.total == 1_421 + 111 + 39 + 2 + 4 + 25 + writes.total)
    }

    @Test func theEarlierBoundReReadEveryManagedFieldOneByOne() {
        // What apply's bound was before it re-read only what it writes: every changed resource read whole.
        let fleet = Fleet(.atQuota)
        let before = MinimalCalls.apply(fleet, rereading: .everyManagedField)
        #expect(before[.connect("DescribeSecurityProfile")] == 450)
        #expect(before[.rolesAnywhere("GetProfile")] == 100)
        #expect(before[.rolesAnywhere("ListTagsForResource")] == 300)
        #expect(before.total == 1_421 + 150 * 4 + 2 + 100 * 2 + MinimalCalls.writes(fleet).total)
        let earlier = LowerBound(phases: MinimalCalls.applyPhases(fleet, rereading: .everyManagedField), quotaScale: 10)
        // The plan's 18 s, then the profiles bucket's 100 GetProfile and 75 writes from a full bucket of 20.
        #expect(earlier.phases.map(\.seconds) == [18, 15.5])
        // At AWS's own quotas the profiles bucket (1/s) carries 100 re-reads where a listing of 4 pages does: 96 s
        // of the bound.
        let rereadOnly = { (reread: MinimalCalls.Reread) in
            LowerBound(phases: MinimalCalls.applyPhases(fleet, rereading: reread), quotaScale: 1).seconds
        }
        #expect(rereadOnly(.everyManagedField) - rereadOnly(.written) == 96)
    }

    @Test func oneRereadOfAKindThatListsWholeIsACallOfItsOwn() {
        // Two Roles Anywhere profiles, one changed (its duration): one GetProfile, no second listing.
        let fleet = Fleet(FleetShape(instances: 0, securityProfilesPerInstance: 0, rolesAnywhereProfiles: 2))
        #expect(fleet.changes.count == 1)
        let apply = MinimalCalls.apply(fleet)
        #expect(apply[.rolesAnywhere("GetProfile")] == 1)
        #expect(apply[.rolesAnywhere("ListProfiles")] == 1)
    }

    @Test func aListWhoseModelSetsNoLargestPageIsCountedInPagesOfItsDefault() {
        // ListProfiles' model documents no page size limit: a client cannot ask for more than the service's
        // default page (the emulator's 50), so 101 profiles take 3 pages; Connect's Lists use the model's maximum.
        #expect(DefaultPageSize.of(service: "rolesanywhere", operation: "ListProfiles") == 50)
        #expect(DefaultPageSize.of(service: "connect", operation: "ListSecurityProfiles") == nil)
        let fleet = Fleet(FleetShape(instances: 1, securityProfilesPerInstance: 101, rolesAnywhereProfiles: 101))
        let plan = MinimalCalls.plan(fleet)
        #expect(plan[.rolesAnywhere("ListProfiles")] == 3)
        #expect(plan[.connect("ListSecurityProfiles")] == 1)
    }

    @Test func theApplyAtQuotaIsBoundByTaggingThenProfiles() {
        // The plan: tagging's 200 reads at 10/s with a burst of 20. Then the profiles bucket, full again: 4
        // ListProfiles pages and 75 writes; tagging, empty: 25 re-reads and 25 TagResource.
        let bound = LowerBound(phases: MinimalCalls.applyPhases(Fleet(.atQuota)), quotaScale: 10)
        #expect(bound.limitingDescription == "rolesanywhere tagging, then rolesanywhere profiles")
        #expect(bound.phases.map(\.seconds) == [18, 5.9])
        #expect(
            MinimalCalls.applyPhases(Fleet(.atQuota)).reduce([:]) { $0.adding($1) }
                == MinimalCalls.apply(Fleet(.atQuota)))
    }
}
