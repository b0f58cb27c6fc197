import AWSCore
import AWSModel
import Emulator
import Foundation
import WardenCLI

/// The account of `Fixtures/import-rich-seed.yaml`, where every writable field of every kind has a value
/// other than AWS's default, in an in-process emulator on an ephemeral loopback port.
enum RichAccount {
    static let seedPath = EmulatedAccount.path("Tests/IntegrationTests/Fixtures/import-rich-seed.yaml")
    static let prodInstance = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    static let stagingARN = "arn:aws:connect:eu-central-1:444455556666:instance/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"

    /// The granular access control the seed format cannot express, set on "Team Lead @ EU".
    static let granularAccessControl: JSONValue = [
        "DataTableAccessControlConfiguration": [
            "PrimaryAttributeAccessControlConfiguration": [
                "PrimaryAttributeValues": [
                    ["AccessType": "ALLOW", "AttributeName": "Region", "Values": ["EMEA", "APAC"]],
                    ["AccessType": "ALLOW", "AttributeName": "Tier: 1", "Values": ["yes"]],
                ]
            ]
        ]
    ]

    /// How `warden import --region eu-west-2` reaches `account`.
    static func access(_ account: EmulatedAccount) -> AWSAccess {
        var access = account.access()
        access.options.region = "eu-west-2"
        return access
    }

    static func start() async throws -> EmulatedAccount {
        var seed = try EmulatorSeed.load(path: seedPath)
        var region = try require(seed.state.regions["eu-west-2"])
        let instance = try require(region.connectInstances.firstIndex { $0.id == prodInstance })
        let profile = try require(
            region.connectInstances[instance].securityProfiles.firstIndex { $0.name == "Team Lead @ EU" })
        region.connectInstances[instance].securityProfiles[profile].granularAccessControlConfiguration =
            granularAccessControl
        seed.state.regions["eu-west-2"] = region
        let configuration = EmulatorConfiguration(seed: seed, throttling: false, faults: .none, randomSeed: 11)
        return EmulatedAccount(server: try await EmulatorServer.start(configuration))
    }
}

/// `#require` outside a test body: the value, or an error naming what was missing.
private func require<T>(_ value: T?, _ what: String = #function) throws -> T {
    guard let value else { throw MissingValue(what: what) }
    return value
}

private struct MissingValue: Error {
    var what: String
}

/// Runs the built `warden` (or `warden-emulator`) as a user would, with only the environment given, and captures
/// what it prints.
struct CommandRun: Equatable {
    var standardOutput: String
    var standardError: String
    var exitCode: Int32

    /// The directory SwiftPM built the products into (the test bundle sits in it).
    static func binDirectory() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("warden").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "warden"])
    }

    /// The environment a user of `account` would set: its test keys, its endpoint, a region, no AWS files.
    static func environment(for account: EmulatedAccount, region: String = "eu-west-2") -> [String: String] {
        [
            "AWS_ACCESS_KEY_ID": "AKIDWARDENEMULATOR",
            "AWS_SECRET_ACCESS_KEY": "warden-emulator-secret",
            "AWS_ENDPOINT_URL": account.server.url,
            "AWS_REGION": region,
            "AWS_CONFIG_FILE": "/nonexistent/warden-test-config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/warden-test-credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
            "NO_COLOR": "1",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    /// Runs `executable` with `arguments` in the repository. Output goes to files (no pipe can fill up and
    /// block the child) and the wait happens off the cooperative pool, so the in-process emulator keeps serving.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        environment: [String: String]
    ) async throws -> CommandRun {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout")
        let errPath = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = EmulatedAccount.repository
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outPath)
        process.standardError = try FileHandle(forWritingTo: errPath)
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return CommandRun(
            standardOutput: String(decoding: try Data(contentsOf: outPath), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errPath), as: UTF8.self),
            exitCode: status
        )
    }

    /// `warden ARGUMENTS` against `account`.
    static func warden(_ arguments: [String], against account: EmulatedAccount) async throws -> CommandRun {
        try await run(
            binDirectory().appendingPathComponent("warden"), arguments, environment: environment(for: account))
    }
}
