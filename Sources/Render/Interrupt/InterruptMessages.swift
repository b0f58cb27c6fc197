public import Plan

/// What a command that talks to AWS says on standard error when SIGINT or SIGTERM stops it: the first signal
/// stops new calls and waits for those in flight, a second stops at once. `signal` is the signal's name
/// (`SIGINT`).
public enum InterruptMessages {
    /// Printed as the first signal arrives.
    public static func received(callsInFlight: Int) -> String {
        "Interrupt received: finishing the \(calls(callsInFlight)) in flight; no new calls will be made (interrupt "
            + "again to stop at once).\n"
    }

    /// Printed as a second signal stops the command at once.
    public static func stoppedAtOnce(callsInFlight: Int) -> String {
        let cut =
            callsInFlight == 0
            ? "no call was in flight"
            : "the \(calls(callsInFlight)) in flight were cut off, and AWS may or may not have made them"
        return "Interrupted again: stopped at once; \(cut). Run `warden plan` to see where things stand.\n"
    }

    /// `plan` and `drift`, interrupted before their report was made.
    public static func noPlan(_ signal: String, report: String = "plan") -> String {
        "Interrupted (\(signal)): the live state was not read to the end, so no \(report) was made.\n"
    }

    /// `apply FILE` interrupted while it planned.
    public static func nothingApplied(_ signal: String) -> String {
        "Interrupted (\(signal)) while planning: no plan was made and nothing was applied.\n"
    }

    /// `import` interrupted while it read the live state.
    public static func nothingImported(_ signal: String) -> String {
        "Interrupted (\(signal)): the live state was not read to the end, so nothing was written.\n"
    }

    /// A single call (`participant-auth`) refused because the signal came first.
    public static func notSent(_ signal: String, operation: String) -> String {
        "Interrupted (\(signal)): \(operation) was not sent.\n"
    }

    /// What an apply stopped at once is known to have done, from its progress events: the resources that
    /// ended, and those started whose end is unknown. Empty when nothing was started.
    public static func knownDone(_ events: [ApplyEvent]) -> String {
        var finished: [ApplyReport.Entry] = []
        var started: [String] = []
        for event in events {
            switch event {
            case .started(let address, _): started.append(address)
            case .finished(let entry, _):
                finished.append(entry)
                started.removeAll { $0 == entry.address }
            case .skipped, .note: break
            }
        }
        var text = ""
        let done = finished.filter { !$0.callsMade.isEmpty }
        if !done.isEmpty {
            text += "Done before the stop:\n"
            for entry in done {
                text +=
                    entry.outcome == .succeeded
                    ? "  \(entry.address): \(entry.action.pastParticiple)\n"
                    : "  \(entry.address): partly (made \(entry.callsMade.joined(separator: ", ")))\n"
            }
        }
        if !started.isEmpty {
            text += "Started, outcome unknown:\n" + started.map { "  \($0)\n" }.joined()
        }
        return text
    }

    private static func calls(_ count: Int) -> String {
        count == 1 ? "1 call" : "\(count) calls"
    }
}
