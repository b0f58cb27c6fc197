import AWSModel
import Emulator
import Foundation
import Testing

@Suite struct PersistenceTests {
    let clock = TestClock()
    let client = TestClient()

    @Test func changesAreWrittenAndReloaded() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        let first = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        #expect(!FileManager.default.fileExists(atPath: path))
        let create = client.request(
            .connect, "CreateSecurityProfile", ["InstanceId": .string(Fixtures.prodId), "SecurityProfileName": "Kept"],
            at: clock.now)
        #expect(await first.handle(create).response?.status == 200)
        #expect(FileManager.default.fileExists(atPath: path))

        let second = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        #expect(await second.currentState() == first.currentState())
        let names = await second.currentState()[region: "eu-west-2"].connectInstances[0].securityProfiles.map(\.name)
        #expect(names.last == "Kept")
    }

    /// State files written before the emulator served IAM Identity Center load, with no tokens.
    @Test func aStateFileWithoutIdentityCenterTokensLoads() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        try #"{"regions": {}, "sessions": {}}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        #expect(await engine.currentState() == EmulatorState())
    }

    @Test func readsDoNotWrite() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        _ = await engine.handle(client.request(.connect, "ListInstances", at: clock.now))
        #expect(!FileManager.default.fileExists(atPath: path))
        try await engine.flush()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func writesAtomicallyLeavingNoTemporaryFile() async throws {
        let directory = Fixtures.temporaryDirectory()
        let path = directory.appendingPathComponent("state.json").path
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        for name in ["A", "B", "C"] {
            _ = await engine.handle(
                client.request(
                    .connect, "CreateSecurityProfile",
                    ["InstanceId": .string(Fixtures.prodId), "SecurityProfileName": .string(name)], at: clock.now))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["state.json"])
    }

    @Test func resetIsPersistedToo() async throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        let engine = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        _ = await engine.handle(
            client.request(.rolesAnywhere, "DeleteProfile", ["profileId": .string(Fixtures.profileId)], at: clock.now))
        try await engine.reset()
        let reloaded = try EmulatorEngine(configuration: Fixtures.configuration(clock: clock, statePath: path))
        #expect(await reloaded.currentState() == Fixtures.seed.state)
    }

    @Test func aCorruptStateFileIsAnError() throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("state.json").path
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: EmulatorError.self) {
            try EmulatorEngine(configuration: Fixtures.configuration(statePath: path))
        }
    }
}
