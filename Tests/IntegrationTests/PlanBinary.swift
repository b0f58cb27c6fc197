import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `warden` executable against an emulator, as a user would, and captures what it prints
/// and how it exits. Standard output can be a pseudo-terminal, to see what a user at a terminal sees.
struct PlanBinary {
    struct Outcome: Equatable, CustomStringConvertible {
        var standardOutput: String
        var standardError: String
        var exitCode: Int32

        var description: String { "exit \(exitCode)\n--- stdout\n\(standardOutput)--- stderr\n\(standardError)" }
    }

    /// The emulator's test credentials and nothing from this machine's AWS configuration.
    var environment: [String: String]

    init(endpoint: String?, extra: [String: String] = [:]) {
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("AWS_") && $0.key != "NO_COLOR"
        }
        environment["AWS_ACCESS_KEY_ID"] = "AKIDWARDENEMULATOR"
        environment["AWS_SECRET_ACCESS_KEY"] = "warden-emulator-secret"
        environment["AWS_CONFIG_FILE"] = "/nonexistent/warden-test-config"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/warden-test-credentials"
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        environment["AWS_REGION"] = "eu-west-2"
        if let endpoint { environment["AWS_ENDPOINT_URL"] = endpoint }
        environment.merge(extra) { _, new in new }
        self.environment = environment
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

    /// Runs `warden arguments` from the repository's root. With `terminal`, standard output is a
    /// pseudo-terminal (its line endings are given back as `\n`).
    ///
    /// The wait happens on a thread of its own: the in-process emulator answers the child on Swift's
    /// cooperative threads, which a blocking wait there could starve (a machine may have only two).
    func run(_ arguments: [String], terminal: Bool = false) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try runBlocking(arguments, terminal: terminal) })
            }.start()
        }
    }

    private func runBlocking(_ arguments: [String], terminal: Bool) throws -> Outcome {
        let process = Process()
        process.executableURL = try Self.locate()
        process.arguments = arguments
        process.currentDirectoryURL = EmulatedAccount.repository
        process.environment = environment
        let error = Pipe()
        process.standardError = error
        var output: Data
        if terminal {
            var controller: Int32 = 0
            var device: Int32 = 0
            guard openpty(&controller, &device, nil, nil, nil) == 0 else { throw CocoaError(.fileWriteUnknown) }
            process.standardOutput = FileHandle(fileDescriptor: device, closeOnDealloc: false)
            try process.run()
            close(device)
            output = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controller, &buffer, buffer.count)
                if count <= 0 { break }  // EIO once the child has closed the terminal
                output.append(contentsOf: buffer[0..<count])
            }
            close(controller)
        } else {
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            output = pipe.fileHandleForReading.readDataToEndOfFile()
        }
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var standardOutput = String(decoding: output, as: UTF8.self)
        if terminal { standardOutput = standardOutput.replacingOccurrences(of: "\r\n", with: "\n") }
        return Outcome(
            standardOutput: standardOutput, standardError: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}
