import AWSModel
import Emulator
import Foundation
import Testing

@Suite struct ThrottlingTests {
    let clock = TestClock()
    let client = TestClient()

    func engine(scale: Double = 1) throws -> EmulatorEngine {
        var configuration = Fixtures.configuration(clock: clock, throttling: true)
        configuration.quotaScale = scale
        return try EmulatorEngine(configuration: configuration)
    }

    func status(_ engine: EmulatorEngine, _ model: ServiceModel, _ operation: String, _ input: JSONValue = [:]) async
        -> Int
    {
        await engine.handle(client.request(model, operation, input, at: clock.now)).response?.status ?? 0
    }

    @Test func connectAllowsABurstOfFiveThenTwoPerSecond() async throws {
        let engine = try engine()
        var statuses: [Int] = []
        for _ in 0..<6 { statuses.append(await status(engine, .connect, "ListInstances")) }
        #expect(statuses == [200, 200, 200, 200, 200, 429])
        clock.advance(by: 0.5)
        #expect(await status(engine, .connect, "ListInstances") == 200)
        #expect(await status(engine, .connect, "ListInstances") == 429)
        #expect(await status(engine, .connect, "DescribeInstance", ["InstanceId": .string(Fixtures.prodId)]) == 200)
    }

    @Test func throttlingAnswersThrottlingException() async throws {
        let engine = try engine()
        for _ in 0..<5 { _ = await status(engine, .connect, "ListInstances") }
        let response = try #require(
            await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response)
        #expect(response.status == 429)
        #expect(response.header("x-amzn-ErrorType") == "ThrottlingException")
        #expect(response.json == ["Message": "Rate exceeded"])
        #expect(
            await engine.callLog().last
                == CallRecord(
                    service: "connect", operation: "ListInstances", region: "eu-west-2", status: 429,
                    errorCode: "ThrottlingException"))
    }

    @Test func throttledCallsAreLoggedWithTheirParameters() async throws {
        let engine = try engine()
        let input: JSONValue = ["InstanceId": .string(Fixtures.prodId)]
        for _ in 0..<6 { _ = await status(engine, .connect, "DescribeInstance", input) }
        let record = try #require(await engine.callLog().last)
        #expect(record.errorCode == "ThrottlingException")
        #expect(record.parameters == ["InstanceId": Fixtures.prodId])
    }

    @Test func rolesAnywhereSharesOneBucketForProfilesAndOneForTags() async throws {
        let engine = try engine()
        let get: JSONValue = ["profileId": .string(Fixtures.profileId)]
        #expect(await status(engine, .rolesAnywhere, "ListProfiles") == 200)
        #expect(await status(engine, .rolesAnywhere, "GetProfile", get) == 200)
        #expect(await status(engine, .rolesAnywhere, "GetProfile", get) == 429)
        #expect(await status(engine, .rolesAnywhere, "EnableProfile", get) == 429)
        let arn: JSONValue = [
            "resourceArn": .string("arn:aws:rolesanywhere:eu-west-2:111122223333:profile/\(Fixtures.profileId)")
        ]
        #expect(await status(engine, .rolesAnywhere, "ListTagsForResource", arn) == 200)
        clock.advance(by: 1)
        #expect(await status(engine, .rolesAnywhere, "GetProfile", get) == 200)
    }

    @Test func quotasArePerRegion() async throws {
        let engine = try engine()
        for _ in 0..<5 { _ = await status(engine, .connect, "ListInstances") }
        var usEast = client
        usEast.region = "us-east-1"
        #expect(await engine.handle(usEast.request(.connect, "ListInstances", at: clock.now)).response?.status == 200)
    }

    @Test func theScaleMultipliesRateAndBurst() async throws {
        let engine = try engine(scale: 10)
        var statuses: [Int] = []
        for _ in 0..<51 { statuses.append(await status(engine, .connect, "ListInstances")) }
        #expect(statuses == Array(repeating: 200, count: 50) + [429])
        #expect(
            Quota.aws(service: "connect", operation: "ListInstances")?.scaled(by: 0.1)
                == Quota(bucket: "ListInstances", ratePerSecond: 0.2, burst: 1))
    }

    @Test func stsIsNotThrottled() async throws {
        let engine = try engine()
        var statuses: [Int] = []
        for _ in 0..<20 {
            statuses.append(await engine.handle(client.sts("GetCallerIdentity", at: clock.now)).response?.status ?? 0)
        }
        #expect(statuses == Array(repeating: 200, count: 20))
    }
}
