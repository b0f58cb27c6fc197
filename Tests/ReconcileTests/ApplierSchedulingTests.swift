import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Plan
import Render
import Testing

@testable import Reconcile

/// The applier's driver with a fake in place of AWS: each resource's work waits at a gate the test opens, so
/// what runs at the same time is observed, not timed.
@Suite struct ApplierSchedulingTests {
    /// Holds each resource's work until the test opens its gate, and counts how many are in progress.
    actor Gates {
        private(set) var started: [String] = []
        private(set) var inFlight = 0
        private(set) var mostInFlight = 0
        private var closed: [String: CheckedContinuation<Void, Never>] = [:]
        private var watchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

        func pass(_ address: String) async {
            started.append(address)
            inFlight += 1
            mostInFlight = max(mostInFlight, inFlight)
            for watcher in watchers where watcher.count <= started.count { watcher.continuation.resume() }
            watchers.removeAll { $0.count <= started.count }
            await withCheckedContinuation { closed[address] = $0 }
            inFlight -= 1
        }

        /// Returns once `count` resources have started.
        func untilStarted(_ count: Int) async {
            guard started.count < count else { return }
            await withCheckedContinuation { watchers.append((count, $0)) }
        }

        func open(_ address: String) {
            closed.removeValue(forKey: address)?.resume()
        }
    }

    /// Events as the applier reported them.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [ApplyEvent] = []
        func record(_ event: ApplyEvent) { lock.withLock { events.append(event) } }
        var lines: [String] {
            lock.withLock {
                events.map { event in
                    if case .finished(let entry, _) = event { return "finished \(entry.address)" }
                    return ApplyProgressView.line(event)
                }
            }
        }
    }

    static func change(_ address: String, dependsOn: [String] = []) -> ResourceChange {
        ApplyScheduleTests.change(address, dependsOn: dependsOn)
    }

    @Test func aChangesLaneIsTheRateBucketOfItsFirstCallAsTheLimiterCountsIt() throws {
        let clients = AWSClients(try makeTestClient(transport: ApplyFakeAWS(), rateLimits: .documentedDefaults))
        func lane(_ service: String, _ operations: [String], region: String = "eu-west-2") -> ApplySchedule.Lane {
            var change = ApplyScheduleTests.change("x", kind: "rolesAnywhereProfile")
            change.identity.region = region
            change.calls = operations.map { PlannedCall(service: service, operation: $0, input: [:]) }
            return Applier.lane(of: change, clients: clients)
        }
        // Roles Anywhere's profile operations share one bucket at 1/s, its tagging operations another.
        #expect(lane("rolesanywhere", ["UpdateProfile"]) == lane("rolesanywhere", ["DisableProfile", "TagResource"]))
        #expect(lane("rolesanywhere", ["TagResource"]) != lane("rolesanywhere", ["UpdateProfile"]))
        #expect(lane("rolesanywhere", ["TagResource"]).ratePerSecond == 1)
        #expect(lane("rolesanywhere", ["TagResource"], region: "us-east-1") != lane("rolesanywhere", ["TagResource"]))
        // Connect: a bucket per operation, at 2/s.
        #expect(lane("connect", ["UpdateSecurityProfile"]) != lane("connect", ["TagResource"]))
        #expect(lane("connect", ["UpdateSecurityProfile"]).ratePerSecond == 2)
        // No call, or a service this warden does not know: the kind.
        #expect(lane("rolesanywhere", []) == ApplySchedule.Lane(bucket: "rolesAnywhereProfile", ratePerSecond: nil))
        #expect(lane("s3", ["PutObject"]).bucket == "rolesAnywhereProfile")
    }

    @Test func neverMoreThanTheCapInProgressAndTheCapIsUsed() async {
        let gates = Gates()
        let events = Events()
        let changes = ["a", "b", "c", "d", "e"].map { Self.change($0) }
        let run = Task {
            await Applier.run(changes, parallelism: 2, progress: events.record) { change in
                await gates.pass(change.address)
                return ApplyReport.Entry(address: change.address, action: .update, outcome: .succeeded, callsMade: [])
            }
        }
        await gates.untilStarted(2)
        #expect(Set(await gates.started) == ["a", "b"])
        await gates.open("b")
        await gates.untilStarted(3)
        await gates.open("a")
        await gates.untilStarted(4)
        #expect(await gates.started.dropFirst(2) == ["c", "d"])
        await gates.open("c")
        await gates.untilStarted(5)
        await gates.open("d")
        await gates.open("e")
        let report = await run.value
        #expect(await gates.mostInFlight == 2)
        #expect(report.entries.map(\.address) == ["a", "b", "c", "d", "e"])
        #expect(report.succeeded)
        #expect(report.summary == "Apply complete: 0 created, 5 updated, 0 deleted.")
        #expect(events.lines.filter { $0.hasSuffix("updating...") }.count == 5)
        #expect(events.lines.filter { $0.hasPrefix("finished") }.count == 5)
    }

    @Test func aDependentStartsAfterItsDependencyFinishesAndIsSkippedWhenItFails() async {
        let gates = Gates()
        let events = Events()
        let changes = [
            Self.change("sp"), Self.change("other"), Self.change("ra", dependsOn: ["sp"]),
            Self.change("ra2", dependsOn: ["other"]),
        ]
        let run = Task {
            await Applier.run(changes, parallelism: 4, progress: events.record) { change in
                await gates.pass(change.address)
                let outcome: ApplyReport.Outcome =
                    change.address == "sp"
                    ? .failed("Connect.CreateSecurityProfile: InvalidParameterException") : .succeeded
                return ApplyReport.Entry(address: change.address, action: .update, outcome: outcome, callsMade: [])
            }
        }
        await gates.untilStarted(2)
        await gates.open("other")
        await gates.untilStarted(3)
        #expect(Set(await gates.started) == ["sp", "other", "ra2"])
        await gates.open("ra2")
        await gates.open("sp")
        let report = await run.value
        #expect(Set(await gates.started) == ["sp", "other", "ra2"])
        #expect(
            report.entries.map(\.outcome) == [
                .failed("Connect.CreateSecurityProfile: InvalidParameterException"), .succeeded,
                .notAttempted("it depends on sp, which failed"), .succeeded,
            ])
        #expect(
            report.summary == "Apply incomplete: 0 created, 2 updated, 0 deleted; 1 failed, 0 stale, 1 not attempted.")
        let lines = events.lines
        #expect(lines.firstIndex(of: "finished other")! < lines.firstIndex(of: "ra2: updating...")!)
        #expect(lines.last == "ra: not attempted: it depends on sp, which failed")
    }

    @Test func onceInterruptedNothingMoreStartsAndWhatRunsIsWaitedFor() async {
        let gates = Gates()
        let events = Events()
        let interrupted = Flag()
        let changes = [
            Self.change("a"), Self.change("b"), Self.change("c"), Self.change("d", dependsOn: ["a"]),
        ]
        let run = Task {
            await Applier.run(changes, parallelism: 2, progress: events.record, interrupted: { interrupted.get() }) {
                change in
                await gates.pass(change.address)
                return ApplyReport.Entry(address: change.address, action: .update, outcome: .succeeded, callsMade: [])
            }
        }
        await gates.untilStarted(2)
        interrupted.set()
        await gates.open("a")
        await gates.open("b")
        let report = await run.value
        #expect(await gates.started == ["a", "b"])
        #expect(report.entries.map(\.address) == ["a", "b", "c", "d"])
        #expect(report.entries.map(\.outcome) == [.succeeded, .succeeded, .interrupted, .interrupted])
        #expect(
            report.summary
                == "Apply interrupted: 0 created, 2 updated, 0 deleted; 0 failed, 0 stale, 0 not attempted, "
                + "2 not attempted (interrupted).")
        #expect(!events.lines.contains { $0.hasPrefix("c") || $0.hasPrefix("d") })
    }

    /// A flag the test sets and the applier reads.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        func get() -> Bool { lock.withLock { value } }
    }
}
