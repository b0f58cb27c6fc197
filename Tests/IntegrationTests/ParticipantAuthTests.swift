import CommandTestSupport
import Emulator
import Foundation
import Testing

/// `warden participant-auth` against the emulator seeded with examples/emulator-seed.yaml: acme-prod has the
/// pending state prod-state-7f3a9c and the completed prod-state-done-1b2c; acme-staging (eu-central-1) has
/// the pending staging-state-4d5e6f.
@Suite(.serialized) struct ParticipantAuthTests {
    static let prod = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"
    static let stagingARN = "arn:aws:connect:eu-central-1:111122223333:instance/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"

    static func participantAuth(_ arguments: [String], against account: EmulatedAccount) async throws -> CommandRun {
        try await CommandRun.warden(["participant-auth"] + arguments, against: account)
    }

    /// The calls that reached the emulator: operation, region, status and error code.
    static func calls(_ account: EmulatedAccount) async -> [String] {
        await account.server.engine.callLog().map { call in
            "\(call.operation ?? "?") \(call.region ?? "?") \(call.status)" + (call.errorCode.map { " \($0)" } ?? "")
        }
    }

    @Test func aCodeCompletesThePendingStateAndASecondUseIsAConflict() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let arguments = ["--instance", Self.prod, "--state", "prod-state-7f3a9c", "--code", "cognito-code-123"]

        let first = try await Self.participantAuth(arguments, against: account)
        #expect(
            first
                == CommandRun(
                    standardOutput: "Sent the authorization code for state prod-state-7f3a9c to instance \(Self.prod): "
                        + "Amazon Connect resumes the Authenticate Customer flow and imports the customer's identity "
                        + "asynchronously.\n",
                    standardError: "", exitCode: 0))

        let second = try await Self.participantAuth(arguments, against: account)
        #expect(second.exitCode == 1)
        #expect(second.standardOutput == "")
        #expect(
            second.standardError.hasPrefix(
                "error: Connect.UpdateParticipantAuthentication: ConflictException (HTTP 409): The authentication for "
                    + "this State has already been completed. [request id "))
        #expect(
            second.standardError.hasSuffix(
                "]\nnote: this state was already completed or failed: each state can be used once\n"))
        #expect(!(first.standardOutput + second.standardError).contains("cognito-code-123"))
        #expect(
            await Self.calls(account) == [
                "UpdateParticipantAuthentication eu-west-2 200",
                "UpdateParticipantAuthentication eu-west-2 409 ConflictException",
            ])
    }

    @Test func aStateCompletedBeforeIsAConflict() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await Self.participantAuth(
            ["--instance", Self.prod, "--state", "prod-state-done-1b2c", "--error", "access_denied"], against: account)
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("ConflictException (HTTP 409)"))
    }

    @Test func anErrorWithItsDescriptionTakesTheErrorBranchInTheRegionOfTheInstanceARN() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await Self.participantAuth(
            [
                "--instance", Self.stagingARN, "--state", "staging-state-4d5e6f", "--error", "access_denied",
                "--error-description", "The user cancelled the sign-in",
            ],
            against: account)
        #expect(
            run
                == CommandRun(
                    standardOutput: "Sent the sign-in error for state staging-state-4d5e6f to instance "
                        + "\(Self.stagingARN): Amazon Connect takes the Error branch of the Authenticate Customer "
                        + "block.\n",
                    standardError: "", exitCode: 0))
        #expect(await Self.calls(account) == ["UpdateParticipantAuthentication eu-central-1 200"])
    }

    @Test func aStateTheInstanceNeverIssuedIsRefusedByAWS() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await Self.participantAuth(
            ["--instance", Self.prod, "--state", "forged-state", "--code", "x"], against: account)
        #expect(run.exitCode == 1)
        #expect(
            run.standardError.hasPrefix(
                "error: Connect.UpdateParticipantAuthentication: InvalidParameterException (HTTP 400): The State "
                    + "provided is not valid for this instance. [request id "))
        #expect(
            run.standardError.hasSuffix(
                "]\nnote: check that the instance is right and that the state was issued by it (GetAuthenticationUrl)\n"
            ))
    }

    @Test(arguments: [
        ([String](), "Error: Give --code (the customer signed in) or --error (the sign-in failed)."),
        (
            ["--error-description", "why"],
            "Error: Give --code (the customer signed in) or --error (the sign-in failed)."
        ),
        (["--code", "c", "--error", "e"], "Error: Give only one of --code and --error."),
        (
            ["--code", "c", "--error-description", "why"],
            "Error: --error-description goes with --error, not with --code."
        ),
    ])
    func invalidCombinationsAreRefusedBeforeAnythingIsSent(extra: [String], message: String) async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let run = try await Self.participantAuth(
            ["--instance", Self.prod, "--state", "prod-state-7f3a9c"] + extra, against: account)
        #expect(run.exitCode == 64)
        #expect(run.standardOutput == "")
        #expect(run.standardError.hasPrefix(message + "\nUsage: warden participant-auth "))
        #expect(await Self.calls(account) == [])
    }

    @Test func theAPIsLengthAndCharacterRulesAreCheckedBeforeAnythingIsSent() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let secret = "quote\"d-secret"
        let run = try await Self.participantAuth(
            [
                "--instance", Self.prod, "--state", "", "--error", secret, "--error-description",
                String(repeating: "x", count: 2049),
            ],
            against: account)
        #expect(run.exitCode == 64)
        #expect(
            run.standardError.hasPrefix(
                """
                Error: --error: Member must satisfy regular expression pattern: ^[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*$ \
                (printable ASCII characters except " and \\)
                --error-description: Member must have length less than or equal to 2048
                --state: Member must have length greater than or equal to 1
                Usage: warden participant-auth
                """))
        #expect(!run.standardError.contains(secret))
        #expect(await Self.calls(account) == [])

        let longCode = try await Self.participantAuth(
            ["--instance", Self.prod, "--state", "prod-state-7f3a9c", "--code", String(repeating: "c", count: 2049)],
            against: account)
        #expect(longCode.exitCode == 64)
        #expect(longCode.standardError.hasPrefix("Error: --code: Member must have length less than or equal to 2048\n"))
        #expect(await Self.calls(account) == [])
    }
}
