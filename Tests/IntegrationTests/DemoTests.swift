import CommandTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `.ci/demo` (what `make demo` runs after the release build), here on the debug build through WARDEN_BIN_DIR.
@Suite(.serialized) struct DemoTests {
    static func runDemo(binDirectory: URL) async throws -> CommandRun {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["WARDEN_BIN_DIR"] = binDirectory.path
        environment["NO_COLOR"] = "1"
        let script = EmulatedAccount.repository.appendingPathComponent(".ci/demo")
        return try await CommandRun.run(URL(fileURLWithPath: "/bin/bash"), [script.path], environment: environment)
    }

    /// The emulator's port, from the line it prints when it starts.
    static func emulatorPort(in output: String) throws -> UInt16 {
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("warden-emulator listening on ") })
        return try #require(line.split(separator: ":").last.flatMap { UInt16($0) })
    }

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func isListening(_ port: UInt16) -> Bool {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }

    @Test func runsValidatePlanApplyPlanDriftAdoptAndImportThenStopsTheEmulator() async throws {
        let run = try await Self.runDemo(binDirectory: try CommandRun.binDirectory())
        #expect(run.exitCode == 0, "\(run.standardOutput)\n\(run.standardError)")
        let expected = [
            "== 1. Start a stand-in for AWS ==",
            "== 2. Check the desired state, offline ==",
            "examples/contact-center.yaml: valid: 2 Connect instances, 2 authentication profiles, 4 security "
                + "profiles, 1 Roles Anywhere profile",
            "== 3. Plan: compare the file with the live account ==",
            "Plan: 2 to create, 4 to update, 2 to delete.",
            "== 4. Apply: make exactly those changes ==",
            "Apply complete: 2 created, 4 updated, 2 deleted.",
            "== 5. Plan again: nothing left to do ==",
            "No changes. The live resources match examples/contact-center.yaml.",
            "== 6. Someone changes the account by hand ==",
            "== 7. Drift: catch it ==",
            "Drift: the live resources differ from examples/contact-center.yaml. Applying it would:",
            "          - \"0.0.0.0/0\",",
            "      ~ description = \"Edited in the console\" -> \"Front-line agents\"",
            "(exit code 2)",
            "== 8. Adopt: keep the change made by hand instead ==",
            "+          - 0.0.0.0/0",
            "-        description: Front-line agents",
            "+        description: Edited in the console",
            "No changes. The live resources match contact-center.yaml.",
            "== 9. Adopt an existing instance ==",
            "Done. The emulator has stopped.",
        ]
        var rest = Substring(run.standardOutput)
        for line in expected {
            guard let found = rest.range(of: line) else {
                Issue.record("missing, or out of order: \(line)\n\(run.standardOutput)")
                break
            }
            rest = rest[found.upperBound...]
        }
        #expect(!Self.isListening(try Self.emulatorPort(in: run.standardOutput)))
    }

    @Test func stopsTheEmulatorWhenAStepFails() async throws {
        let real = try CommandRun.binDirectory()
        let fake = FileManager.default.temporaryDirectory.appendingPathComponent("warden-demo-\(UUID())")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fake) }
        // A warden whose drift fails as it would without credentials; everything else is the real one.
        let wrapper = """
            #!/bin/sh
            if [ "$1" = drift ]; then echo "error: simulated failure" >&2; exit 1; fi
            exec '\(real.appendingPathComponent("warden").path)' "$@"

            """
        let warden = fake.appendingPathComponent("warden")
        try Data(wrapper.utf8).write(to: warden)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: warden.path)
        try FileManager.default.createSymbolicLink(
            at: fake.appendingPathComponent("warden-emulator"),
            withDestinationURL: real.appendingPathComponent("warden-emulator"))

        let run = try await Self.runDemo(binDirectory: fake)
        #expect(run.exitCode == 1)
        #expect(run.standardError.hasSuffix("error: simulated failure\n\ndemo: drift should have exited 2, not 1\n"))
        #expect(!run.standardOutput.contains("Done."))
        #expect(!Self.isListening(try Self.emulatorPort(in: run.standardOutput)))
    }
}
