import Emulator
import Foundation
import Logging
import SigV4

/// A seed of two accounts, staging and production, each with its own key, role, instance and profile.
enum TwoAccounts {
    static let staging = "111111111111"
    static let production = "222222222222"
    static let stagingKey = SigV4Credentials(accessKeyId: "AKIDSTAGING", secretAccessKey: "staging-secret")
    static let productionKey = SigV4Credentials(accessKeyId: "AKIDPRODUCTION", secretAccessKey: "production-secret")
    static let stagingInstance = "7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f"
    static let productionInstance = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"

    static let seedYAML = """
        accounts:
          - accountId: "\(staging)"
            credentials:
              - { accessKeyId: AKIDSTAGING, secretAccessKey: staging-secret, userName: ci }
            connect:
              instances:
                - { alias: acme-staging, region: eu-west-2, id: \(stagingInstance) }
            rolesAnywhere:
              profiles:
                - { name: connect-ops, region: eu-west-2 }
          - accountId: "\(production)"
            credentials:
              - { accessKeyId: AKIDPRODUCTION, secretAccessKey: production-secret }
            sts:
              roles: [ { arn: "arn:aws:iam::\(production):role/WardenDeploy" } ]
            connect:
              instances:
                - { alias: acme-prod, region: eu-west-2, id: \(productionInstance) }
        """

    static var seed: EmulatorSeed { try! EmulatorSeed.parse(seedYAML, file: "accounts.yaml") }

    /// A quiet engine over the two accounts on `clock`.
    static func engine(clock: TestClock, throttling: Bool = false) throws -> EmulatorEngine {
        try EmulatorEngine(
            configuration: EmulatorConfiguration(
                seed: seed, throttling: throttling, clock: { clock.now },
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
    }
}
