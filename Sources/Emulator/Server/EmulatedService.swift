/// One service of the emulator: a value made for one call over the part of the account's state the service
/// works on (one region's resources, or the whole state), whose `dispatch` answers the call. The state
/// changes only when the call succeeds and writes.
protocol EmulatedService {
    associatedtype Scope
    /// The part of the state a call works on.
    static func scope(of call: Invocation) -> WritableKeyPath<EmulatorState, Scope>

    init(call: Invocation, scope: Scope, random: SeededRandom)
    var scope: Scope { get }
    var random: SeededRandom { get }
    mutating func dispatch() throws(ServiceError) -> HandlerResult
}

extension EmulatedService {
    /// Runs `call` against `state`.
    static func handle(_ call: Invocation, state: inout EmulatorState, random: inout SeededRandom)
        throws(ServiceError) -> HandlerResult
    {
        let path = scope(of: call)
        var service = Self(call: call, scope: state[keyPath: path], random: random)
        let result = try service.dispatch()
        random = service.random
        if result.changed { state[keyPath: path] = service.scope }
        return result
    }
}
