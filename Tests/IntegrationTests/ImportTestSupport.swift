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
