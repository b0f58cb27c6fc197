import Foundation
import Logging
import Testing

@testable import AWSCore

/// A `credential_process` that prints garbage, fails, hangs, floods or dies is reported with the end of what it
/// wrote on standard error, and a hung one is stopped at its deadline (the bounds leave room for a loaded
/// machine; the commands would run for a minute).
@Suite struct CredentialProcessTests {
    static func credential(_ command: String, timeout: Duration = .seconds(10)) async throws -> Credential? {
        try await ProcessCredentialProvider(command: command, name: "profile ci", timeout: timeout)
            .credential(logger: Logger(label: "test"))
    }

    static func expectFailure(_ command: String, timeout: Duration = .seconds(10), message: String) async {
        await #expect {
            _ = try await credential(command, timeout: timeout)
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .credentials && error?.message == message
        }
    }

    @Test func garbageOnStandardOutputIsReportedWithStandardError() async {
        await Self.expectFailure(
            "sh -c 'echo \"<html>sign in</html>\"; echo token expired >&2; echo run sso login >&2'",
            message: "credential_process for profile ci printed something that is not credentials JSON; its "
                + "standard error ends: token expired | run sso login."
        )
    }

    @Test func aNonZeroExitIsReportedWithStandardError() async {
        await Self.expectFailure(
            "sh -c 'echo AccessDenied: not in group ops >&2; exit 4'",
            message: "credential_process for profile ci exited with status 4; its standard error ends: "
                + "AccessDenied: not in group ops."
        )
    }

    @Test func aHungProcessIsStoppedAtItsDeadline() async {
        let started = ContinuousClock.now
        await Self.expectFailure(
            "sh -c 'echo waiting for MFA >&2; sleep 60'",
            timeout: .milliseconds(500),
            message: "credential_process for profile ci did not finish within 0.5 s and was stopped; its standard "
                + "error ends: waiting for MFA."
        )
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func aProcessWhoseChildKeepsThePipesOpenIsStillStopped() async {
        let started = ContinuousClock.now
        await Self.expectFailure(
            "sh -c 'sleep 60 & sleep 60'",
            timeout: .milliseconds(500),
            message: "credential_process for profile ci did not finish within 0.5 s and was stopped."
        )
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func endlessOutputIsCutOff() async {
        let started = ContinuousClock.now
        await Self.expectFailure(
            "yes credentials",
            message: "credential_process for profile ci printed more than 1048576 bytes and was stopped."
        )
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func aProcessKilledByASignalIsReported() async {
        await Self.expectFailure(
            "sh -c 'echo out of memory >&2; kill -9 $$'",
            message: "credential_process for profile ci was killed by signal 9; its standard error ends: out of memory."
        )
    }

    @Test func standardErrorDoesNotGetInTheWayOfCredentials() async throws {
        let json = #"{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "s"}"#
        let credential = try await Self.credential("sh -c 'echo note >&2; echo \(json.debugDescription)'")
        #expect(credential?.accessKeyId == "AKIDPROC")
    }

    @Test func theTailOfStandardErrorIsOneBoundedLine() {
        #expect(CredentialProcessRun.tail(Data("a\nb\r\n\n".utf8)) == "a | b")
        #expect(CredentialProcessRun.tail(Data(" \n".utf8)) == nil)
        let long = CredentialProcessRun.tail(Data(String(repeating: "x", count: 5_000).utf8))
        #expect(long == "…" + String(repeating: "x", count: 2_000))
    }
}
