import AWSCore
import AWSModel
import DesiredState
import Emulator
import Foundation
import Logging
import Plan
import Reconcile
import WardenCLI
import YAML

/// What the apply tests share: emulators seeded with `examples/emulator-seed.yaml` (optionally with faults and a
/// state file), desired-state files written to a temporary folder, clients whose requests are recorded, and
/// readings of the call log and the emulator's state.
enum ApplyHarness {
    static let prodInstanceId = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"
    static let prodInstanceArn = "arn:aws:connect:eu-west-2:111122223333:instance/\(prodInstanceId)"

    static func start(
        faults: FaultConfiguration = .none,
        throttling: Bool = false,
        quotaScale: Double = 1,
        randomSeed: UInt64 = 7,
        statePath: String? = nil
    ) async throws -> EmulatedAccount {
        let configuration = EmulatorConfiguration(
            seed: try EmulatorSeed.load(path: EmulatedAccount.path("examples/emulator-seed.yaml")),
            statePath: statePath,
            quotaScale: quotaScale,
            throttling: throttling,
            faults: faults,
            randomSeed: randomSeed,
            logger: quietLogger
        )
        return EmulatedAccount(server: try await EmulatorServer.start(configuration))
    }

    /// The emulator's one line per call stays out of the test output.
    static let quietLogger: Logger = {
        var logger = Logger(label: "warden-emulator")
        logger.logLevel = .warning
        return logger
    }()

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warden-apply-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes a desired-state file (the `version` and `region` lines are added) and returns its path.
    static func desiredFile(_ body: String, in folder: URL, name: String = "warden.yaml") throws -> String {
        let url = folder.appendingPathComponent(name)
        try ("version: 1\nregion: eu-west-2\naccountId: \"111122223333\"\n" + body).write(
            to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func plan(_ path: String, _ account: EmulatedAccount) async throws -> Plan {
        switch await PlanWorkflow.plan(path: path, access: account.access()) {
        case .success(let result): return result.plan
        case .failure(let failure): throw PlanFailure(failure: failure)
        }
    }

    /// A plan made with `clients` (their retry settings), as `warden plan` makes it.
    static func plan(_ path: String, clients: AWSClients) async -> Result<Plan, Diagnostics> {
        let loaded = DesiredState.load(path: path, layout: Kinds.layout)
        guard let desired = loaded.state else { return .failure(loaded.diagnostics) }
        let observed: ObservedState
        switch await Reader(clients: clients).read(desired) {
        case .success(let state): observed = state
        case .failure(let problems): return .failure(problems)
        }
        return Planner(
            desired: desired, observed: observed, desiredFile: Plan.DesiredFile(path: path, sha256: ""),
            wardenVersion: "test"
        ).plan()
    }

    struct PlanFailure: Error, CustomStringConvertible {
        var failure: WorkflowFailure
        var description: String { "\(failure)" }
    }

    /// Clients to the emulator whose every request `transport` sees. `retryJitter` scales the standard mode's
    /// backoff (1 is the SDKs' full jitter; 0 retries at once, for tests about something else than waiting).
    static func clients(
        _ account: EmulatedAccount,
        transport: any HTTPTransport = AsyncHTTPClientTransport(),
        rateLimits: RateLimits = .unlimited,
        retryJitter: Double? = nil
    ) throws -> AWSClients {
        let configuration = try AWSConfiguration(
            options: AWSOptions(endpointURL: account.server.url), environment: account.environment,
            fileRegion: "eu-west-2")
        let clock = SystemClock()
        return AWSClients(
            AWSClient(
                configuration: configuration,
                credentials: StaticCredentialProvider(
                    Credential(
                        accessKeyId: "AKIDWARDENEMULATOR", secretAccessKey: "warden-emulator-secret", source: "test")),
                transport: transport,
                clock: clock,
                random: retryJitter.map { ScaledJitter(scale: $0) } ?? SystemRandomSource(),
                rateLimiter: RateLimiter(limits: rateLimits, clock: clock)
            )
        )
    }

    /// The system's jitter, scaled.
    struct ScaledJitter: RandomSource {
        var scale: Double
        func nextUnit() -> Double { SystemRandomSource().nextUnit() * scale }
    }

    static func isRead(_ operation: String) -> Bool {
        ["List", "Describe", "Get"].contains { operation.hasPrefix($0) }
    }

    /// The calls that change something (not reads, not STS), in the order the emulator received them.
    static func writes(_ account: EmulatedAccount) async -> [CallRecord] {
        await account.server.engine.callLog().filter { record in
            record.service != "sts" && !isRead(record.operation ?? "")
        }
    }

    /// The security profiles of the production instance.
    static func securityProfiles(_ account: EmulatedAccount) async -> [SecurityProfile] {
        let state = await account.server.engine.currentState()
        return state[region: "eu-west-2"].connectInstances.first { $0.id == prodInstanceId }?.securityProfiles ?? []
    }

    static func rolesAnywhereProfiles(_ account: EmulatedAccount) async -> [RolesAnywhereProfile] {
        await account.server.engine.currentState()[region: "eu-west-2"].rolesAnywhereProfiles
    }

    /// How many resources carry each name that more than one carries (security profiles of the production
    /// instance, Roles Anywhere profiles of eu-west-2): empty when there are no duplicates.
    static func duplicateNames(_ account: EmulatedAccount) async -> [String: Int] {
        let names =
            await securityProfiles(account).map { "securityProfile \($0.name)" }
            + rolesAnywhereProfiles(account).map { "rolesAnywhereProfile \($0.name)" }
        return Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +).filter { $0.value > 1 }
    }
}

/// A transport that records each request and passes it on.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let next: any HTTPTransport
    private let lock = NSLock()
    private var sent: [AWSHTTPRequest] = []

    init(_ next: any HTTPTransport = AsyncHTTPClientTransport()) {
        self.next = next
    }

    var requests: [AWSHTTPRequest] { lock.withLock { sent } }

    func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
        lock.withLock { sent.append(request) }
        return try await next.send(request, timeout: timeout)
    }

    /// Each Connect or Roles Anywhere request as its operation and the input it carried (decoded from the
    /// path, query and body as AWS would).
    var decodedCalls: [(operation: String, input: JSONValue)] {
        requests.compactMap { request in
            let authorization = request.headers.first("Authorization") ?? ""
            let model: ServiceModel
            if authorization.contains("/connect/") {
                model = .connect
            } else if authorization.contains("/rolesanywhere/") {
                model = .rolesAnywhere
            } else {
                return nil
            }
            guard let match = RestJSONRouter(model: model).route(method: request.method, rawPath: request.path)
            else { return nil }
            let query = request.query.split(separator: "&").map { item in
                let pair = item.split(separator: "=", maxSplits: 1).map { AWSPercentEncoding.decode($0) ?? "" }
                return RESTRequest.QueryItem(name: pair[0], value: pair.count > 1 ? pair[1] : "")
            }
            guard
                let input = try? RestJSON.decode(
                    operation: match.operation, labels: match.labels, query: query, headers: [], body: request.body,
                    in: model)
            else { return nil }
            return (match.operation.name, input)
        }
    }
}
