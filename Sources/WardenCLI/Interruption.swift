import AWSCore
import ArgumentParser
import Dispatch
import Foundation
import Render

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT and SIGTERM, for the commands that talk to AWS, handled as Terraform handles them.
///
/// The first signal closes the command's `CallGate`: no new AWS call is made, the calls in flight are waited
/// for (each within its own deadline), and the command ends with what it has, then exits 130 (SIGINT) or 143
/// (SIGTERM) (`WardenExit.interrupted`). A second signal exits at once, after saying what is known to be done.
///
/// The process ignores both signals and reads them from dispatch sources instead, so that nothing runs in
/// signal context and the default action (dying mid-call) never happens.
final class Interruption: Sendable {
    /// A signal Warden stops on.
    struct Signal: Sendable, Equatable {
        let number: Int32
        let name: String

        static let interrupt = Signal(number: SIGINT, name: "SIGINT")
        static let terminate = Signal(number: SIGTERM, name: "SIGTERM")
    }

    private struct State {
        var first: Signal?
        /// Set while the command waits on something other than AWS (a prompt): a signal then ends the process
        /// at once, after this message.
        var stopNow: String?
        /// What the command is known to have done, for a second signal.
        var done: @Sendable () -> String = { "" }
    }

    private let gate: CallGate
    private let state = Locked(State())
    /// Kept for the life of the command: a source that is released stops delivering.
    private nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    /// Starts handling SIGINT and SIGTERM for the calls `gate` admits.
    init(gate: CallGate) {
        self.gate = gate
        let queue = DispatchQueue(label: "warden.signals")
        var sources: [any DispatchSourceSignal] = []
        for handled in [Signal.interrupt, .terminate] {
            ignore(handled.number)
            sources.append(DispatchSource.makeSignalSource(signal: handled.number, queue: queue))
        }
        self.sources = sources
        for (source, signal) in zip(sources, [Signal.interrupt, .terminate]) {
            source.setEventHandler { [weak self] in self?.received(signal) }
            source.resume()
        }
    }

    /// The first signal received, if any.
    var signal: Signal? { state.withLock { $0.first } }

    /// What a second signal prints besides its own message: what the command is known to have done.
    func whenStopped(report done: @escaping @Sendable () -> String) {
        state.withLock { $0.done = done }
    }

    /// Runs `body` (a prompt: no call is in flight) so that a signal ends the process at once, after `message`.
    func stoppingAtOnce<Result>(saying message: String, _ body: () -> Result) -> Result {
        state.withLock { $0.stopNow = message }
        defer { state.withLock { $0.stopNow = nil } }
        return body()
    }

    private func received(_ signal: Signal) {
        let (first, stopNow, done) = state.withLock { state in
            let first = state.first == nil
            if first { state.first = signal }
            return (first, state.stopNow, state.done)
        }
        if let stopNow {
            gate.close()
            Console.standardError.write("\n" + stopNow)
            exit(immediately: signal)
        }
        guard first else {
            Console.standardError.write(
                InterruptMessages.stoppedAtOnce(callsInFlight: gate.callsInFlight) + done())
            exit(immediately: signal)
        }
        Console.standardError.write(InterruptMessages.received(callsInFlight: gate.close()))
    }

    /// Ends the process now, without running exit handlers (other threads are still working); what Warden
    /// writes goes straight to the file descriptors, so nothing is left in a buffer.
    private func exit(immediately signal: Signal) -> Never {
        _exit(WardenExit.interrupted(signal).rawValue)
    }
}

/// Stops `number` from ending the process, so that its dispatch source alone sees it.
private func ignore(_ number: Int32) {
    _ = signal(number, SIG_IGN)
}
