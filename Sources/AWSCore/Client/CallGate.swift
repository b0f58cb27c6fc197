/// The one place where Warden decides whether a request may leave for AWS: every HTTP request of the AWS
/// layer (each attempt of an API call, and the calls that fetch credentials) is sent through `send`, and every
/// wait before one (the rate limiter, the backoff between attempts) through `pause`.
///
/// Closing the gate, as an interrupt does, lets the requests already sent finish (each within its own deadline)
/// and refuses every later one with an `AWSError` of kind `.interrupted`, which is never retried; a wait in
/// progress ends at once with that error. Clients made from one `AWSAccess` share its gate.
public final class CallGate: Sendable {
    private struct State {
        var closed = false
        var inFlight = 0
        /// Pauses waiting for the gate to close, by ticket.
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextTicket: UInt64 = 0
    }

    private let state = Locked(State())

    public init() {}

    /// Whether the gate has been closed: no request is sent any more.
    public var isClosed: Bool { state.withLock { $0.closed } }

    /// The requests sent and not yet answered (or failed).
    public var callsInFlight: Int { state.withLock { $0.inFlight } }

    /// Closes the gate for good and returns how many requests were in flight at that moment. Pauses in progress
    /// end at once.
    @discardableResult
    public func close() -> Int {
        let (inFlight, waiters) = state.withLock { state in
            state.closed = true
            let waiters = Array(state.waiters.values)
            state.waiters = [:]
            return (state.inFlight, waiters)
        }
        for waiter in waiters { waiter.resume() }
        return inFlight
    }

    /// Sends `request` over `transport`, counted in flight until it ends, unless the gate is closed.
    public func send(
        _ request: AWSHTTPRequest, over transport: any HTTPTransport, timeout: Duration
    ) async throws(AWSError) -> AWSHTTPResponse {
        let admitted = state.withLock { state in
            guard !state.closed else { return false }
            state.inFlight += 1
            return true
        }
        guard admitted else { throw .interrupted }
        defer { state.withLock { $0.inFlight -= 1 } }
        return try await transport.send(request, timeout: timeout)
    }

    /// Waits `duration` on `clock` before a request. Throws `.interrupted` when the gate is closed, or closes
    /// before the time is up.
    public func pause(for duration: Duration, on clock: any AWSClock) async throws(AWSError) {
        guard !isClosed else { throw .interrupted }
        guard duration > .zero else { return }
        enum End: Sendable {
            case slept, closed, cancelled
        }
        let end = await withTaskGroup(of: End.self) { group in
            group.addTask {
                do {
                    try await clock.sleep(for: duration)
                    return .slept
                } catch {
                    return .cancelled
                }
            }
            group.addTask {
                await self.closing()
                return Task.isCancelled ? .cancelled : .closed
            }
            let first = await group.next() ?? .cancelled
            group.cancelAll()
            return first
        }
        switch end {
        case .slept: return
        case .closed: throw .interrupted
        case .cancelled: throw AWSError(kind: .connection, code: "Cancelled", message: "The request was cancelled.")
        }
    }

    /// Returns when the gate closes, or when the task is cancelled.
    private func closing() async {
        let ticket = state.withLock { state in
            state.nextTicket += 1
            return state.nextTicket
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                // Under the lock, so that neither `close` nor a cancellation can slip in between the check and
                // the registration (a cancellation sets `isCancelled` before its handler takes the lock).
                let now = state.withLock { state in
                    if state.closed || Task.isCancelled { return true }
                    state.waiters[ticket] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: ticket) }?.resume()
        }
    }
}

extension AWSError {
    /// The refusal of a request after the gate closed: nothing was sent.
    public static let interrupted = AWSError(
        kind: .interrupted, code: "Interrupted", message: "Not sent: Warden was interrupted and makes no new calls.")

    /// Whether the request was not sent because Warden was interrupted.
    public var isInterruption: Bool { kind == .interrupted }
}
