import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `warden` executable against an emulator as a user would: the emulator's test credentials in
/// the environment, nothing from this machine's AWS files, and standard input either empty (a pipe, as in CI) or
/// a pseudo-terminal on which `typed` is entered.
struct ApplyWardenProcess {
    struct Outcome: Equatable {
        var standardOutput: String
        var standardError: String
        var exitCode: Int32
    }

    enum Input {
        /// A pipe that is closed at once: no terminal, nothing to read.
        case none
        /// A terminal on which the user types this text.
        case terminal(typed: String)
    }

    /// `warden` next to the test executable (SwiftPM puts every product of a build in one directory).
    static func locate() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("warden")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "warden"])
    }

    /// Runs `warden` on a thread of its own: waiting for a child process blocks a thread, and the cooperative
    /// pool's few threads must stay free for the in-process emulator the child talks to.
    static func run(_ arguments: [String], endpoint: String, input: Input = .none) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try runBlocking(arguments, endpoint: endpoint, input: input) })
            }.start()
        }
    }

    private static func runBlocking(_ arguments: [String], endpoint: String, input: Input) throws -> Outcome {
        let process = Process()
        process.executableURL = try locate()
        process.arguments = arguments + ["--endpoint-url", endpoint, "--rate-limit", "off"]
        process.currentDirectoryURL = EmulatedAccount.repository
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
            "NO_COLOR": "1",
            "AWS_ACCESS_KEY_ID": "AKIDWARDENEMULATOR",
            "AWS_SECRET_ACCESS_KEY": "warden-emulator-secret",
            "AWS_CONFIG_FILE": "/nonexistent/warden-test-config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/warden-test-credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        var terminal: (controller: FileHandle, device: FileHandle)?
        switch input {
        case .none:
            let empty = Pipe()
            process.standardInput = empty
            try empty.fileHandleForWriting.close()
        case .terminal(let typed):
            let pair = try openTerminal()
            terminal = pair
            process.standardInput = pair.device
            pair.controller.write(Data(typed.utf8))
        }
        try process.run()
        try terminal?.device.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try terminal?.controller.close()
        return Outcome(
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus
        )
    }

    /// A pseudo-terminal: the controlling side the test writes to, and the device the child reads from. The
    /// POSIX calls are looked up at run time: Swift's Glibc module leaves them out.
    private static func openTerminal() throws -> (controller: FileHandle, device: FileHandle) {
        typealias Open = @convention(c) (Int32) -> Int32
        typealias Prepare = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let library = dlopen(nil, RTLD_NOW)
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let address = dlsym(library, name) else { throw POSIXError(.ENOSYS) }
            return unsafeBitCast(address, to: type)
        }
        let controller = try symbol("posix_openpt", as: Open.self)(O_RDWR | O_NOCTTY)
        guard controller >= 0, try symbol("grantpt", as: Prepare.self)(controller) == 0,
            try symbol("unlockpt", as: Prepare.self)(controller) == 0,
            let name = try symbol("ptsname", as: Name.self)(controller)
        else { throw POSIXError(.ENOTTY) }
        let device = open(name, O_RDWR | O_NOCTTY)
        guard device >= 0 else { throw POSIXError(.ENOTTY) }
        return (FileHandle(fileDescriptor: controller, closeOnDealloc: true), FileHandle(fileDescriptor: device))
    }
}
