public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program started in the background, as `CommandRun` runs one, so that a test can watch what it prints and
/// send it signals while it works. Standard input is a closed pipe; standard output and standard error go to
/// files, read as they grow.
public final class RunningCommand: @unchecked Sendable {
    private let process = Process()
    private let directory: URL
    private let lock = NSLock()
    private var ended: ContinuousClock.Instant?
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// `warden ARGUMENTS`, started.
    public static func warden(_ arguments: [String], environment: [String: String]) throws -> RunningCommand {
        try RunningCommand(
            CommandRun.binDirectory().appendingPathComponent("warden"), arguments, environment: environment)
    }

    public init(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: nil)
        }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRun.repository
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: directory.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: directory.appendingPathComponent("stderr"))
        let empty = Pipe()
        process.standardInput = empty
        process.terminationHandler = { [weak self] _ in self?.markEnded() }
        try process.run()
        try empty.fileHandleForWriting.close()
    }

    deinit {
        // A test that failed half-way leaves nothing running behind it.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: directory)
    }

    /// What the program has printed on standard error so far.
    public var standardError: String { read("stderr") }

    /// What the program has printed on standard output so far.
    public var standardOutput: String { read("stdout") }

    /// Returns once standard error satisfies `condition`, checking as it grows; throws, with what was printed,
    /// if the program ends first or `timeout` passes.
    public func waitForStandardError(
        timeout: Duration = .seconds(120), until condition: (String) -> Bool
    ) async throws {
        try await waitFor(timeout: timeout, "standard error") { condition(self.standardError) }
    }

    /// Returns once `condition` holds, checking every few milliseconds; throws if the program ends first or
    /// `timeout` passes.
    public func waitFor(
        timeout: Duration = .seconds(120), _ what: String, until condition: () async -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !(await condition()) {
            guard process.isRunning else {
                throw Failure(message: "the program ended (exit \(process.terminationStatus)) before \(what) held")
            }
            guard ContinuousClock.now < deadline else { throw Failure(message: "\(what) did not hold in \(timeout)") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Sends `signal` (`SIGINT`, `SIGTERM`) to the program.
    public func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the program to end; returns what it printed, its exit code, and when it ended.
    public func finish() async -> (run: CommandRun, ended: ContinuousClock.Instant) {
        await withCheckedContinuation { continuation in
            let done = lock.withLock {
                if ended == nil { waiters.append(continuation) }
                return ended != nil
            }
            if done { continuation.resume() }
        }
        // The termination handler runs once the process is reaped: its status is final.
        let run = CommandRun(
            standardOutput: standardOutput, standardError: standardError, exitCode: process.terminationStatus)
        return (run, lock.withLock { ended! })
    }

    private func markEnded() {
        let waiting = lock.withLock {
            ended = ContinuousClock.now
            defer { waiters = [] }
            return waiters
        }
        for waiter in waiting { waiter.resume() }
    }

    private func read(_ name: String) -> String {
        String(decoding: (try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
    }

    /// A condition that did not come to hold.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
