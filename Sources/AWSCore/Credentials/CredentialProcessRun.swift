import Foundation

/// One run of a `credential_process` command: its standard output, the end of its standard error, and how it
/// ended. The command's standard error is also copied to Warden's as it comes (prompts stay visible).
///
/// Both pipes are read as data arrives, so a command that fills one while Warden waits on the other cannot
/// deadlock, and a command that never ends (or whose children keep the pipes open) is given up on at the
/// deadline: it is sent SIGTERM, then SIGKILL a second later. (A child it left running keeps its reading
/// thread until it closes the pipe; Warden does not wait for that.)
struct CredentialProcessRun: Sendable {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case printedTooMuch
    }

    var ending: Ending
    var standardOutput: [UInt8]
    /// The last lines of standard error (at most 2,000 characters), or nil when it wrote nothing.
    var standardErrorTail: String?

    /// Runs `words` (the program, then its arguments, looked up in `PATH`).
    static func run(_ words: [String], timeout: Duration, maximumOutputBytes: Int) async throws(AWSError)
        -> CredentialProcessRun
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let state = Locked(Collected())
        do {
            try process.run()
        } catch {
            throw .credentials("Cannot run credential_process '\(words[0])': \(error.localizedDescription)")
        }
        // One thread per pipe, blocked in read: a thread of their own, as the cooperative pool must stay free.
        let outputReader = output.fileHandleForReading
        Thread {
            while true {
                let data = outputReader.availableData
                guard !data.isEmpty else { return state.withLock { $0.outputClosed = true } }
                state.withLock { collected in
                    if collected.output.count <= maximumOutputBytes { collected.output += data }
                }
            }
        }.start()
        let errorReader = errors.fileHandleForReading
        Thread {
            while true {
                let data = errorReader.availableData
                guard !data.isEmpty else { return state.withLock { $0.errorsClosed = true } }
                FileHandle.standardError.write(data)
                state.withLock { collected in
                    collected.errors += data
                    if collected.errors.count > 65_536 { collected.errors.removeFirst(collected.errors.count - 65_536) }
                }
            }
        }.start()

        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var ending: Ending?
        while ending == nil {
            let (outputClosed, outputBytes) = state.withLock { ($0.outputClosed, $0.output.count) }
            if outputBytes > maximumOutputBytes {
                ending = .printedTooMuch
            } else if !process.isRunning && outputClosed {
                ending =
                    process.terminationReason == .uncaughtSignal
                    ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
            } else if clock.now >= deadline {
                ending = .timedOut
            } else {
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        if ending == .timedOut || ending == .printedTooMuch {
            await stop(process)
        }
        // What the command wrote on standard error just before it ended may still be in the pipe.
        let drained = clock.now + .milliseconds(500)
        while !state.withLock({ $0.errorsClosed }), clock.now < drained {
            try? await Task.sleep(for: .milliseconds(10))
        }
        let collected = state.withLock { $0 }
        return CredentialProcessRun(
            ending: ending ?? .timedOut,
            standardOutput: Array(collected.output),
            standardErrorTail: Self.tail(collected.errors)
        )
    }

    private struct Collected {
        var output = Data()
        var errors = Data()
        var outputClosed = false
        var errorsClosed = false
    }

    /// SIGTERM, and SIGKILL if it is still running a second later.
    private static func stop(_ process: Process) async {
        process.terminate()
        let clock = ContinuousClock()
        let grace = clock.now + .seconds(1)
        while process.isRunning, clock.now < grace { try? await Task.sleep(for: .milliseconds(10)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The end of `errors` as text on one line: trailing white space dropped, at most 2,000 characters.
    static func tail(_ errors: Data) -> String? {
        let text = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let kept = text.count > 2_000 ? "…" + text.suffix(2_000) : Substring(text)
        return kept.split(whereSeparator: \.isNewline).joined(separator: " | ")
    }
}
