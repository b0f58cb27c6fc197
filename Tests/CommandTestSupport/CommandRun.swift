public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run of a built program (`warden`, `warden-emulator`, or a script that calls them) as a user would run
/// it: from the repository's root, with only the environment given, and everything it printed captured.
///
/// Standard input is empty (a closed pipe, as in CI) or a terminal on which some text is typed; standard output
/// is a file, or a terminal to see what a user at one sees. Standard error is always a file, so no pipe can fill
/// up and block the program. The wait happens on a thread of its own: tests run an emulator in the same process,
/// which answers the program on Swift's cooperative threads, and a blocking wait there could starve it (a
/// machine may have only two).
public struct CommandRun: Equatable, Sendable, CustomStringConvertible {
    public var standardOutput: String
    public var standardError: String
    public var exitCode: Int32

    public init(standardOutput: String, standardError: String, exitCode: Int32) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.exitCode = exitCode
    }

    public var description: String { "exit \(exitCode)\n--- stdout\n\(standardOutput)--- stderr\n\(standardError)" }

    /// What the program reads on standard input.
    public enum Input: Sendable {
        /// Nothing: a pipe closed at once, as in CI.
        case none
        /// A terminal on which the user types this text.
        case terminal(typed: String)
    }

    /// The repository's root directory: where every program runs.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The directory SwiftPM built the products into (the test bundle sits in it, or below it).
    public static func binDirectory() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("warden").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "warden"])
    }

    /// The environment a user of a test account sets: the emulator's test keys, no AWS files from this machine,
    /// no instance metadata, `NO_COLOR` unless `colour`, and the endpoint and region when given.
    public static func environment(endpoint: String? = nil, region: String? = nil, colour: Bool = false)
        -> [String: String]
    {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
            "AWS_ACCESS_KEY_ID": "AKIDWARDENEMULATOR",
            "AWS_SECRET_ACCESS_KEY": "warden-emulator-secret",
            "AWS_CONFIG_FILE": "/nonexistent/warden-test-config",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/warden-test-credentials",
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        if !colour { environment["NO_COLOR"] = "1" }
        if let endpoint { environment["AWS_ENDPOINT_URL"] = endpoint }
        if let region { environment["AWS_REGION"] = region }
        return environment
    }

    /// `warden ARGUMENTS`.
    public static func warden(
        _ arguments: [String],
        environment: [String: String] = CommandRun.environment(),
        input: Input = .none,
        terminalOutput: Bool = false
    ) async throws -> CommandRun {
        try await run(
            binDirectory().appendingPathComponent("warden"), arguments, environment: environment, input: input,
            terminalOutput: terminalOutput)
    }

    /// Runs `executable` with `arguments`. With `terminalOutput`, standard output is a pseudo-terminal (its line
    /// ends are given back as `\n`).
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        environment: [String: String],
        input: Input = .none,
        terminalOutput: Bool = false
    ) async throws -> CommandRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result {
                        try runBlocking(
                            executable, arguments, environment: environment, input: input,
                            terminalOutput: terminalOutput)
                    })
            }.start()
        }
    }

    private static func runBlocking(
        _ executable: URL,
        _ arguments: [String],
        environment: [String: String],
        input: Input,
        terminalOutput: Bool
    ) throws -> CommandRun {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("warden-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout")
        let errPath = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.environment = environment
        process.standardError = try FileHandle(forWritingTo: errPath)

        var inputTerminal: Terminal?
        switch input {
        case .none:
            let empty = Pipe()
            process.standardInput = empty
            try empty.fileHandleForWriting.close()
        case .terminal(let typed):
            let terminal = try Terminal()
            inputTerminal = terminal
            process.standardInput = FileHandle(fileDescriptor: terminal.device, closeOnDealloc: false)
            terminal.type(typed)
        }
        let outputTerminal = terminalOutput ? try Terminal() : nil
        if let outputTerminal {
            process.standardOutput = FileHandle(fileDescriptor: outputTerminal.device, closeOnDealloc: false)
        } else {
            process.standardOutput = try FileHandle(forWritingTo: outPath)
        }

        try process.run()
        // The child holds its own copies of the devices; closing ours lets the terminal report its end.
        inputTerminal?.closeDevice()
        outputTerminal?.closeDevice()
        var standardOutput: String
        if let outputTerminal {
            standardOutput = String(decoding: outputTerminal.readToEnd(), as: UTF8.self)
                .replacingOccurrences(of: "\r\n", with: "\n")
        } else {
            standardOutput = ""
        }
        process.waitUntilExit()
        inputTerminal?.closeController()
        outputTerminal?.closeController()
        if outputTerminal == nil {
            standardOutput = String(decoding: try Data(contentsOf: outPath), as: UTF8.self)
        }
        return CommandRun(
            standardOutput: standardOutput,
            standardError: String(decoding: try Data(contentsOf: errPath), as: UTF8.self),
            exitCode: process.terminationStatus
        )
    }

    /// A pseudo-terminal: the device the program reads or writes, and the controlling side the test types on or
    /// reads from.
    private final class Terminal {
        let controller: Int32
        let device: Int32
        private var deviceOpen = true
        private var controllerOpen = true

        init() throws {
            var controller: Int32 = 0
            var device: Int32 = 0
            guard openpty(&controller, &device, nil, nil, nil) == 0 else { throw POSIXError(.ENOTTY) }
            self.controller = controller
            self.device = device
        }

        /// Enters `text` as if typed at the keyboard.
        func type(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
        }

        /// Everything written to the device until every holder of it has closed it.
        func readToEnd() -> Data {
            var output = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controller, &buffer, buffer.count)
                if count <= 0 { break }  // EIO once the program has closed the terminal
                output.append(contentsOf: buffer[0..<count])
            }
            return output
        }

        func closeDevice() {
            if deviceOpen { close(device) }
            deviceOpen = false
        }

        func closeController() {
            if controllerOpen { close(controller) }
            controllerOpen = false
        }

        deinit {
            closeDevice()
            closeController()
        }
    }
}
