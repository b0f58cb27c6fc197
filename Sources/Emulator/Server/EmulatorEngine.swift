import AWSModel
import Foundation
import Logging
import SigV4

/// The emulator itself, without a network: takes requests, answers them as Connect, Roles Anywhere, STS
/// and IAM Identity Center would, and keeps the state, the call log and the fault sequence.
///
/// `EmulatorServer` puts it on a loopback port; tests may also call `handle(_:)` directly.
public actor EmulatorEngine {
    public nonisolated let configuration: EmulatorConfiguration
    private var state: EmulatorState
    private var calls: [CallRecord] = []
    /// API calls received, counted on arrival (the call log records each as it is answered).
    private var received = 0
    /// Whether API calls are held on arrival (`holdCalls()`), and those held.
    private var holding = false
    private var held: [CheckedContinuation<Void, Never>] = []
    private var faultRandom: SeededRandom
    private var idRandom: SeededRandom
    private var requestIdRandom: SeededRandom
    private var limiter: RateLimiter
    private let stateFile: StateFile?
    private let logger: Logger

    /// Starts from the state file when `configuration.statePath` names one that exists, else from the seed.
    public init(configuration: EmulatorConfiguration) throws(EmulatorError) {
        let problems = configuration.problems
        guard problems.isEmpty else { throw EmulatorError(problems) }
        self.configuration = configuration
        logger = configuration.logger
        faultRandom = SeededRandom(seed: configuration.randomSeed)
        idRandom = SeededRandom(seed: configuration.randomSeed ^ 0x5EED_1D5)
        requestIdRandom = SeededRandom(seed: configuration.randomSeed ^ 0x0000_0000_5EED_4E9)
        limiter = RateLimiter(scale: configuration.quotaScale, enabled: configuration.throttling)
        stateFile = configuration.statePath.map(StateFile.init(path:))
        do {
            state = try stateFile?.load(defaultAccount: configuration.seed.accountId) ?? configuration.seed.state
        } catch {
            throw EmulatorError([error.description])
        }
    }

    // MARK: Inspection

    /// The calls received so far, in order.
    public func callLog() -> [CallRecord] { calls }

    /// The calls served in `account`, in order. Calls are recorded with their account only when the seed has
    /// several accounts (`CallRecord.account`); with one, every call is that account's and this is `callLog()`
    /// for it (and empty for any other id).
    public func callLog(account: String) -> [CallRecord] {
        guard configuration.seed.accounts.count > 1 else { return account == configuration.seed.accountId ? calls : [] }
        return calls.filter { $0.account == account }
    }

    /// Forgets the calls received so far.
    public func clearCallLog() { calls.removeAll() }

    /// How many API calls have arrived so far, answered or not (admin routes are not counted).
    public func callsReceived() -> Int { received }

    // MARK: Holding calls

    /// From now on every API call that arrives is counted, then held unanswered until `releaseCalls`: a test
    /// sees exactly which calls a client has in flight (`heldCalls()`), and chooses when they are answered.
    public func holdCalls() { holding = true }

    /// The calls held now.
    public func heldCalls() -> Int { held.count }

    /// Lets the held calls go on, to be answered as usual. With `holdingNext`, the calls that arrive from now on
    /// are held in turn (a client can be led step by step); otherwise holding ends.
    public func releaseCalls(holdingNext: Bool = false) {
        holding = holdingNext
        let released = held
        held = []
        for call in released { call.resume() }
    }

    /// The current state.
    public func currentState() -> EmulatorState { state }

    /// Back to the seed: resources, sessions and quotas (the call log is kept).
    public func reset() throws(EmulatorError) {
        state = configuration.seed.state
        limiter.refill()
        try persist()
    }

    /// Writes the state file, if there is one.
    public func flush() throws(EmulatorError) {
        try persist()
    }

    private func persist() throws(EmulatorError) {
        do {
            try stateFile?.save(state)
        } catch {
            throw EmulatorError([error.description])
        }
    }

    // MARK: Requests

    /// Answers one request: an admin route (`/_emulator/...`) or an API call.
    public func handle(_ request: EmulatorRequest) async -> EmulatorOutcome {
        if request.path == "/_emulator" || request.path.hasPrefix("/_emulator/") {
            return .respond(admin(request))
        }
        received += 1
        if holding {
            await withCheckedContinuation { held.append($0) }
        }
        let plan = FaultPlan.draw(configuration.faults, using: &faultRandom)
        if plan.latencyMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(plan.latencyMilliseconds))
        }
        let requestId = DerivedIdentifier.uuid(using: &requestIdRandom)
        let now = configuration.clock()
        let target = RequestTarget.identify(request)
        var record = CallRecord(
            service: target.service?.rawValue,
            operation: target.operation?.name,
            region: target.region,
            status: 0
        )
        if let service = target.service, let operation = target.operation,
            case .success(let input) = target.decodeInput(request, operation: operation, service: service)
        {
            record.parameters = KeyParameters.of(operation: operation.name, input: input, output: nil)
        }
        let outcome = process(request, target: target, plan: plan, now: now, requestId: requestId, record: &record)
        if plan.outcome != .none { record.fault = plan.outcome.rawValue }
        calls.append(record)
        let line =
            "\(record.service ?? "-") \(record.operation ?? request.method + " " + request.path) "
            + "\(record.region ?? "-") -> \(record.status)\(record.errorCode.map { " " + $0 } ?? "")"
            + "\(record.fault.map { " [fault: \($0)]" } ?? "")"
        logger.info("\(line)")
        return outcome
    }

    private func process(
        _ request: EmulatorRequest,
        target: RequestTarget,
        plan: FaultPlan,
        now: Date,
        requestId: String,
        record: inout CallRecord
    ) -> EmulatorOutcome {
        guard let service = target.service else {
            let error = target.failure ?? ServiceError("UnknownServiceException", "Unknown service", status: 400)
            record.status = error.status ?? 400
            record.errorCode = error.code
            return .respond(
                .json(
                    record.status,
                    ["message": .string(error.message)],
                    headers: [.init("x-amzn-RequestId", requestId), .init("x-amzn-ErrorType", error.code)]
                )
            )
        }
        func fail(_ error: ServiceError) -> EmulatorOutcome {
            let response =
                service == .sts
                ? QueryProtocol.error(error, model: service.model, requestId: requestId)
                : RestJSONResponses.error(error, model: service.model, requestId: requestId)
            record.status = response.status
            record.errorCode = error.code
            return .respond(response)
        }
        switch plan.outcome {
        case .dropConnection:
            return .dropConnection
        case .internalError:
            return fail(ServiceError(service.internalErrorCode, "Internal service error (injected)", status: 500))
        case .unavailable:
            return fail(ServiceError(service.unavailableCode, "Service unavailable (injected)", status: 503))
        case .none, .dropResponse:
            break
        }
        if let failure = target.failure { return fail(failure) }
        guard let operation = target.operation else {
            return fail(ServiceError("UnknownOperationException", "The request matches no operation", status: 404))
        }

        var caller = Caller.anonymous(accountId: configuration.seed.accountId)
        if operation.requiresSignature {
            let authenticator = RequestAuthenticator(seed: configuration.seed, sessions: state.sessions)
            let scope =
                target.scope ?? CredentialScope(dateStamp: "", region: target.region ?? "", service: service.rawValue)
            do {
                caller = try authenticator.authenticate(request, scope: scope, now: now)
            } catch {
                return fail(service == .sts ? error.queryError : error.restJSONError)
            }
            if configuration.seed.accounts.count > 1 { record.account = caller.accountId }
        }
        let region = target.region ?? "us-east-1"
        guard
            limiter.admit(
                service: service.rawValue, operation: operation.name, account: caller.accountId, region: region,
                now: now)
        else {
            return fail(.throttling())
        }

        let input: JSONValue
        switch target.decodeInput(request, operation: operation, service: service) {
        case .success(let decoded): input = decoded
        case .failure(let error): return fail(error)
        }
        let issues = RequestValidation.issues(input, operation: operation, service: service)
        if issues.contains(where: { $0.kind == .typeMismatch }) {
            let message = issues.filter { $0.kind == .typeMismatch }.map(\.description).joined(separator: "; ")
            return fail(ServiceError(service == .sts ? "ValidationError" : "SerializationException", message))
        }
        if !issues.isEmpty {
            return fail(ServiceError(service.validationErrorCode, ShapeValidator.summary(issues)))
        }

        let invocation = Invocation(
            operation: operation.name,
            input: input,
            region: region,
            caller: caller,
            now: now,
            seed: configuration.seed
        )
        let result: HandlerResult
        do {
            result = try execute(invocation, service: service)
        } catch {
            return fail(error)
        }
        record.parameters = KeyParameters.of(operation: operation.name, input: input, output: result.output)
        let response =
            service == .sts
            ? QueryProtocol.success(
                result.output ?? [:], operation: operation, model: service.model, requestId: requestId)
            : RestJSONResponses.success(result.output, operation: operation, model: service.model, requestId: requestId)
        record.status = response.status
        return plan.outcome == .dropResponse ? .dropConnection : .respond(response)
    }

    /// Runs a validated call against the state, and saves the state when the call changed it.
    private func execute(_ invocation: Invocation, service: ServiceKind) throws(ServiceError) -> HandlerResult {
        let result: HandlerResult
        switch service {
        case .connect: result = try ConnectService.handle(invocation, state: &state, random: &idRandom)
        case .rolesAnywhere: result = try RolesAnywhereService.handle(invocation, state: &state, random: &idRandom)
        case .sts: result = try STSService.handle(invocation, state: &state, random: &idRandom)
        case .sso, .ssoOIDC: result = try IdentityCenterService.handle(invocation, state: &state, random: &idRandom)
        }
        if result.changed {
            do {
                try persist()
            } catch {
                logger.error("\(error)")
            }
        }
        return result
    }
}
