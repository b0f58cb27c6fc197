import AWSModel
import CommandTestSupport
import Emulator
import Foundation
import Plan
import Testing

/// A saved plan altered by hand, or damaged, is refused by `warden apply PLAN` with a message naming what is
/// wrong, and nothing at all is sent to AWS (the emulator's call log stays empty).
@Suite struct HostileSavedPlanTests {
    /// What is done to the saved plan of the example, and the start of what `warden apply` must say about it.
    enum Alteration: String, CaseIterable, Sendable {
        case formatVersion
        case unknownOperation
        case callForAnotherAccount
        case regionThatIsAHostName
        case truncated
        case hundredMegabytes
    }

    /// The example's plan against a fresh emulator, saved as `warden plan -o` saves it; the call log cleared.
    static func savedPlan(_ account: EmulatedAccount) async throws -> (path: String, plan: JSONValue) {
        let plan = try await ApplyHarness.plan(EmulatedAccount.path("examples/contact-center.yaml"), account)
        let path = try ApplyHarness.temporaryFolder().appendingPathComponent("plan.json").path
        await account.server.engine.clearCallLog()
        return (path, try JSONValue(parsing: plan.jsonData()))
    }

    /// `plan` with `body` applied to the first change that has an ARN, and the change's address.
    static func alteringFirstChangeWithAnARN(
        _ plan: JSONValue,
        _ body: (inout [String: JSONValue]) -> Void
    ) throws -> (JSONValue, String) {
        guard case .object(var members) = plan, case .array(var changes) = members["changes"],
            let index = changes.firstIndex(where: { $0["identity"]?["arn"] != nil }),
            case .object(var change) = changes[index], let address = change["address"]?.stringValue
        else { throw CocoaError(.coderInvalidValue) }
        body(&change)
        changes[index] = .object(change)
        members["changes"] = .array(changes)
        return (.object(members), address)
    }

    static func write(_ value: JSONValue, to path: String) throws {
        try Data(value.serialized(.pretty).utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Alters the saved plan at `path` and returns the error `warden apply` must print.
    static func alter(_ alteration: Alteration, _ plan: JSONValue, at path: String) throws -> String {
        switch alteration {
        case .formatVersion:
            guard case .object(var members) = plan else { throw CocoaError(.coderInvalidValue) }
            members["formatVersion"] = 2
            try write(.object(members), to: path)
            return "error: \(path): plan format version 2 is not supported (this warden reads version 1)\n"
        case .unknownOperation:
            let (altered, address) = try alteringFirstChangeWithAnARN(plan) { change in
                guard case .array(var calls) = change["calls"], case .object(var call) = calls[0] else { return }
                call["operation"] = "DeleteInstance"
                calls[0] = .object(call)
                change["calls"] = .array(calls)
            }
            try write(altered, to: path)
            return "error: \(path) is not as warden wrote it (edited or damaged?); nothing was applied:\n"
                + "  \(address): \"DeleteInstance\" is not an operation of connect Warden makes\n"
        case .callForAnotherAccount:
            var arn = ""
            let (altered, address) = try alteringFirstChangeWithAnARN(plan) { change in
                guard case .object(var identity) = change["identity"], let old = identity["arn"]?.stringValue else {
                    return
                }
                arn = old.replacingOccurrences(of: ":111122223333:", with: ":999999999999:")
                identity["arn"] = .string(arn)
                change["identity"] = .object(identity)
            }
            try write(altered, to: path)
            return "error: \(path) is not as warden wrote it (edited or damaged?); nothing was applied:\n"
                + "  \(address): \(arn) is in AWS account 999999999999, not the plan's account 111122223333\n"
        case .regionThatIsAHostName:
            let (altered, address) = try alteringFirstChangeWithAnARN(plan) { change in
                guard case .object(var identity) = change["identity"] else { return }
                identity["region"] = "eu-west-2.attacker.example"
                change["identity"] = .object(identity)
            }
            try write(altered, to: path)
            return "error: \(path) is not as warden wrote it (edited or damaged?); nothing was applied:\n"
                + "  \(address): \"eu-west-2.attacker.example\" is not an AWS region\n"
        case .truncated:
            // Cut half-way, at the end of a line, so that the text ends between tokens whatever the plan holds.
            let whole = Data(plan.serialized(.pretty).utf8)
            let cut = whole.prefix(whole.count / 2).lastIndex(of: UInt8(ascii: "\n")) ?? whole.count / 2
            try whole.prefix(cut).write(to: URL(fileURLWithPath: path))
            return "error: \(path): not a Warden plan: the file is not complete JSON: unexpected end of text"
        case .hundredMegabytes:
            var huge = Data(#"{"formatVersion": 1, "changes": ["#.utf8)
            huge.append(Data(repeating: UInt8(ascii: " "), count: 100 << 20 - huge.count - 2))
            huge.append(Data("]}".utf8))
            try huge.write(to: URL(fileURLWithPath: path))
            return "error: \(path): the plan is 104857600 bytes; plans over 33554432 bytes (32 MiB) are refused, "
                + "as warden plan never writes one that large\n"
        }
    }

    @Test(arguments: Alteration.allCases)
    func anAlteredPlanIsRefusedAndNothingIsSent(alteration: Alteration) async throws {
        let account = try await ApplyHarness.start()
        defer { Task { try? await account.stop() } }
        let (path, plan) = try await Self.savedPlan(account)
        let expected = try Self.alter(alteration, plan, at: path)

        let outcome = try await ApplyHarness.warden(["apply", path], endpoint: account.server.url)
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardOutput == "")
        if alteration == .truncated {
            #expect(outcome.standardError.hasPrefix(expected), "\(outcome.standardError)")
            #expect(outcome.standardError.hasSuffix(" of the JSON text\n"))
        } else {
            #expect(outcome.standardError == expected)
        }
        #expect(await account.server.engine.callLog().isEmpty)
    }
}
