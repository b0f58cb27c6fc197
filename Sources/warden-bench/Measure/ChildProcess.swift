import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program run to completion: its exit status, how long it took from spawn to exit, and what the kernel
/// says it used (`wait4`'s rusage: peak resident memory, CPU time).
struct ChildProcess: Sendable {
    var executable: String
    var arguments: [String]
    var environment: [String: String]
    /// Files standard output and standard error go to (`/dev/null` by default).
    var standardOutput = "/dev/null"
    var standardError = "/dev/null"

    /// What one run did.
    struct Outcome: Sendable, Hashable {
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32
        var seconds: Double
        /// Peak resident set size, in bytes.
        var peakMemoryBytes: Int
        var cpuSeconds: Double
    }

    /// Runs it and waits, on a thread of its own so the caller's executor stays free (the emulator serving
    /// the child may share it).
    func run() async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking() })
            }
        }
    }

    /// Runs it and waits, blocking the calling thread.
    func runBlocking() throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The child starts with no signal blocked and every signal at its default, whatever this process set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        sigdelset(&signals, SIGKILL)
        sigdelset(&signals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        let started = ContinuousClock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw BenchFailure("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw BenchFailure("waiting for \(executable): \(String(cString: strerror(errno)))")
            }
        }
        let elapsed = ContinuousClock.now - started
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(
            status: exit,
            seconds: elapsed.inSeconds,
            peakMemoryBytes: Int(usage.ru_maxrss) * 1_024,
            cpuSeconds: Self.seconds(usage.ru_utime) + Self.seconds(usage.ru_stime)
        )
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
