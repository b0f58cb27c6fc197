import Plan
import Testing

@testable import Reconcile

/// The order apply starts resources in: dependencies first, never more than the cap at once, and nothing that
/// depends on a resource that did not succeed.
@Suite struct ApplyScheduleTests {
    static func change(_ address: String, dependsOn: [String] = [], kind: String = "securityProfile")
        -> ResourceChange
    {
        ResourceChange(
            address: address, kind: kind, action: .update, name: address,
            identity: .init(region: "eu-west-2"), attributes: [], calls: [], dependsOn: dependsOn)
    }

    /// What `next()` answers, as `start a` / `skip b: reason`.
    static func steps(_ schedule: inout ApplySchedule) -> [String] {
        schedule.next().map { step in
            switch step {
            case .start(let change): "start \(change.address)"
            case .skip(let change, let reason): "skip \(change.address): \(reason)"
            }
        }
    }

    @Test func independentChangesStartTogetherUpToTheCapInPlanOrder() {
        var schedule = ApplySchedule(["a", "b", "c", "d", "e"].map { Self.change($0) }, parallelism: 2)
        #expect(Self.steps(&schedule) == ["start a", "start b"])
        #expect(Self.steps(&schedule) == [])
        schedule.finished("b", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start c"])
        schedule.finished("a", outcome: .succeeded)
        schedule.finished("c", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start d", "start e"])
        schedule.finished("d", outcome: .succeeded)
        schedule.finished("e", outcome: .succeeded)
        #expect(schedule.isComplete)
    }

    @Test func kindsShareThePlacesSoEachKindsRateLimitsAreUsed() {
        let changes =
            ["c1", "c2", "c3", "c4"].map { Self.change($0) }
            + ["r1", "r2"].map { Self.change($0, kind: "rolesAnywhereProfile") }
        var schedule = ApplySchedule(changes, parallelism: 2)
        #expect(Self.steps(&schedule) == ["start c1", "start r1"])
        schedule.finished("c1", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start c2"])
        schedule.finished("c2", outcome: .succeeded)
        schedule.finished("r1", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start c3", "start r2"])
    }

    @Test func placesAreSharedBetweenRateBucketsAndTheBucketWithMostTimeLeftNeverIdles() {
        // Two Roles Anywhere buckets at 10/s (profiles: 4 changes, tagging: 2) and a Connect one at 20/s (2
        // changes): 3 lanes, 2 places. A lane with none running goes first; between those, the one with most time
        // left at its rate; then plan order.
        let lanes: [String: ApplySchedule.Lane] = [
            "p": .init(bucket: "RolesAnywhere/eu-west-2/group:profiles", ratePerSecond: 10),
            "t": .init(bucket: "RolesAnywhere/eu-west-2/group:tagging", ratePerSecond: 10),
            "c": .init(bucket: "Connect/eu-west-2/UpdateSecurityProfile", ratePerSecond: 20),
        ]
        let changes = ["c1", "c2", "t1", "t2", "p1", "p2", "p3", "p4"].map {
            Self.change($0, kind: $0.hasPrefix("c") ? "securityProfile" : "rolesAnywhereProfile")
        }
        var schedule = ApplySchedule(changes, parallelism: 2) { lanes[String($0.address.prefix(1))]! }
        // Time left: profiles 4 / 10, tagging 2 / 10, Connect 2 / 20.
        #expect(Self.steps(&schedule) == ["start p1", "start t1"])
        schedule.finished("p1", outcome: .succeeded)
        // Profiles 3 / 10 against Connect's 2 / 20: the profiles bucket does not idle.
        #expect(Self.steps(&schedule) == ["start p2"])
        schedule.finished("t1", outcome: .succeeded)
        // Tagging 1 / 10 ties with Connect's 2 / 20: plan order.
        #expect(Self.steps(&schedule) == ["start c1"])
        schedule.finished("p2", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start p3"])
        schedule.finished("c1", outcome: .succeeded)
        // Tagging 1 / 10 against Connect's 1 / 20.
        #expect(Self.steps(&schedule) == ["start t2"])
    }

    @Test func aChangeStartsOnlyOnceEveryDependencyHasSucceeded() {
        var schedule = ApplySchedule(
            [
                Self.change("profile"), Self.change("other"),
                Self.change("ra", dependsOn: ["profile", "other"]), Self.change("free"),
            ],
            parallelism: 10
        )
        #expect(Self.steps(&schedule) == ["start profile", "start other", "start free"])
        schedule.finished("profile", outcome: .succeeded)
        #expect(Self.steps(&schedule) == [])
        schedule.finished("other", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start ra"])
    }

    @Test func dependenciesOutsideThePlanAreAlreadyThere() {
        var schedule = ApplySchedule([Self.change("ra", dependsOn: ["unchanged"])], parallelism: 1)
        #expect(Self.steps(&schedule) == ["start ra"])
    }

    @Test func dependentsOfAFailureAreNotAttemptedTransitivelyAndOthersCarryOn() {
        var schedule = ApplySchedule(
            [
                Self.change("bad"), Self.change("good"), Self.change("child", dependsOn: ["bad"]),
                Self.change("grandchild", dependsOn: ["child", "good"]), Self.change("sibling", dependsOn: ["good"]),
            ],
            parallelism: 4
        )
        #expect(Self.steps(&schedule) == ["start bad", "start good"])
        schedule.finished("bad", outcome: .failed("InvalidParameterException"))
        #expect(
            Self.steps(&schedule) == [
                "skip child: it depends on bad, which failed",
                "skip grandchild: it depends on child, which was not attempted",
            ])
        schedule.finished("good", outcome: .succeeded)
        #expect(Self.steps(&schedule) == ["start sibling"])
        schedule.finished("sibling", outcome: .succeeded)
        #expect(schedule.isComplete)
        #expect(
            schedule.outcomes == [
                "bad": .failed("InvalidParameterException"), "good": .succeeded, "sibling": .succeeded,
                "child": .notAttempted("it depends on bad, which failed"),
                "grandchild": .notAttempted("it depends on child, which was not attempted"),
            ])
    }

    @Test func aStaleDependencyBlocksItsDependentsToo() {
        var schedule = ApplySchedule([Self.change("sp"), Self.change("ra", dependsOn: ["sp"])], parallelism: 1)
        #expect(Self.steps(&schedule) == ["start sp"])
        schedule.finished("sp", outcome: .stale("it changed since the plan was made"))
        #expect(Self.steps(&schedule) == ["skip ra: it depends on sp, which was stale"])
        #expect(schedule.isComplete)
    }

    @Test func aPlanEditedIntoACycleNeverStartsTheCycle() {
        var schedule = ApplySchedule(
            [Self.change("a", dependsOn: ["b"]), Self.change("b", dependsOn: ["a"]), Self.change("c")], parallelism: 1)
        #expect(Self.steps(&schedule) == ["start c"])
        schedule.finished("c", outcome: .succeeded)
        #expect(
            Self.steps(&schedule) == [
                "skip a: its dependencies form a cycle (b)", "skip b: its dependencies form a cycle (a)",
            ])
        #expect(schedule.isComplete)
    }

    @Test func anInterruptGivesUpWhatHasNotStartedAndWaitsForWhatRuns() {
        var schedule = ApplySchedule(
            [Self.change("a"), Self.change("b"), Self.change("c", dependsOn: ["a"])], parallelism: 1)
        #expect(Self.steps(&schedule) == ["start a"])
        #expect(schedule.interrupt().map(\.address) == ["b", "c"])
        #expect(!schedule.isComplete)
        #expect(Self.steps(&schedule) == [])
        schedule.finished("a", outcome: .succeeded)
        #expect(schedule.isComplete)
        #expect(schedule.outcomes == ["a": .succeeded, "b": .interrupted, "c": .interrupted])
    }

    @Test func aCapBelowOneMeansOne() {
        var schedule = ApplySchedule([Self.change("a"), Self.change("b")], parallelism: 0)
        #expect(Self.steps(&schedule) == ["start a"])
    }
}
