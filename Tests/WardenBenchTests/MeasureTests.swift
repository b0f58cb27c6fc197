import Emulator
import Testing

@testable import warden_bench

@Suite struct MeasureTests {
    @Test func theCallLogIsCountedPerOperationWithThrottlingApart() {
        let summary = CallLogSummary([
            CallRecord(service: "connect", operation: "DescribeSecurityProfile", region: "eu-west-2", status: 200),
            CallRecord(
                service: "connect", operation: "DescribeSecurityProfile", region: "eu-west-2", status: 429,
                errorCode: "ThrottlingException"),
            CallRecord(service: "rolesanywhere", operation: "TagResource", region: "eu-west-2", status: 201),
            CallRecord(
                service: "connect", operation: "TagResource", region: "eu-west-2", status: 400,
                errorCode: "InvalidParameterException"),
        ])
        #expect(
            summary.calls == [
                .connect("DescribeSecurityProfile"): 2, .rolesAnywhere("TagResource"): 1, .connect("TagResource"): 1,
            ])
        #expect(summary.throttled == 1)
        #expect(summary.errors == ["connect TagResource: InvalidParameterException": 1])
    }

    @Test func aChildProcessReportsItsExitStatusAndPeakMemory() throws {
        let outcome = try ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "exit 3"], environment: [:]
        ).runBlocking()
        #expect(outcome.status == 3)
        #expect(outcome.peakMemoryBytes > 0)
    }

    @Test func aChildKilledBySignalReportsIt() throws {
        let outcome = try ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "kill -TERM $$"], environment: [:]
        ).runBlocking()
        #expect(outcome.status == 128 + 15)
    }

    @Test func libyamlCountsTheEventsOfADocument() throws {
        // Stream, document, mapping, the key, sequence, its two items, and the three ends: 11 events.
        #expect(try LibyamlParse.events(in: Array("a: [1, 2]\n".utf8)) == 11)
        #expect(throws: BenchFailure.self) { try LibyamlParse.events(in: Array("a: [1, 2\n".utf8)) }
    }
}
