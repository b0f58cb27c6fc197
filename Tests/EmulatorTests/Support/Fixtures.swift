import Emulator
import Foundation
import Logging

/// The seed most tests start from: one instance in eu-west-2, one in us-east-1, one Roles Anywhere profile.
enum Fixtures {
    static let prodId = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"
    static let stagingId = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
    static let profileId = "2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d"

    static let seedYAML = """
        accountId: "111122223333"
        connect:
          instances:
            - alias: acme-prod
              region: eu-west-2
              id: \(prodId)
              createdTime: 2023-03-14T09:30:00Z
              hierarchyGroups:
                - name: Sales
              participantAuthentications:
                - state: pending-1
            - alias: acme-staging
              region: us-east-1
              id: \(stagingId)
        rolesAnywhere:
          profiles:
            - name: connect-ops
              region: eu-west-2
              id: \(profileId)
              roleArns: [arn:aws:iam::111122223333:role/ConnectOps]
        """

    static var seed: EmulatorSeed { try! EmulatorSeed.parse(seedYAML, file: "seed.yaml") }

    /// A quiet configuration on `clock`, with the test seed.
    static func configuration(
        clock: TestClock = TestClock(),
        faults: FaultConfiguration = .none,
        randomSeed: UInt64 = 0,
        throttling: Bool = false,
        statePath: String? = nil
    ) -> EmulatorConfiguration {
        EmulatorConfiguration(
            seed: seed,
            statePath: statePath,
            throttling: throttling,
            faults: faults,
            randomSeed: randomSeed,
            clock: { clock.now },
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
