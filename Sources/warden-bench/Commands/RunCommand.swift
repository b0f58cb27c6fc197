import ArgumentParser
import Foundation

/// `warden-bench run` (the default): every benchmark, then the table.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the benchmarks and print the table; exit 1 if a target is missed.",
        discussion: """
            At quota: warden plan and warden apply (the release binaries next to this one) and a boto3 loop \
            against an in-process emulator holding 3 Connect instances × 100 security profiles, their \
            authentication profiles and 200 Roles Anywhere profiles, with AWS's default quotas scaled on both \
            sides. Offline: warden validate and an in-process plan of a generated 10,000-resource file, against \
            libyaml's bare parse of the same file. Work files (generated files, outputs) go to --work-directory.
            """
    )

    @Option(help: "Multiply AWS's default quotas by this, in the emulator and in Warden's --rate-limit.")
    var quotaScale = 10.0

    @Option(help: "Milliseconds of latency the emulator adds to every call.")
    var latencyMs = 20

    @Option(help: "How many times each offline step runs (the median is reported).")
    var runs = 5

    @Option(help: "The warden binary (default: the one next to this program).")
    var warden: String?

    @Option(help: "The Python interpreter for the boto3 baseline.")
    var python = "python3"

    @Option(help: "Where to write the generated files and the outputs (default: a new temporary directory).")
    var workDirectory: String?

    @Flag(help: "Skip plan, apply and the baseline at quota.")
    var skipOnline = false

    @Flag(help: "Skip the boto3 baseline.")
    var skipBaseline = false

    @Flag(help: "Skip the offline benchmark.")
    var skipOffline = false

    func validate() throws {
        guard quotaScale > 0, quotaScale.isFinite else { throw ValidationError("--quota-scale must be positive") }
        guard latencyMs >= 0 else { throw ValidationError("--latency-ms cannot be negative") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() async throws {
        let bench = Self.executablePath()
        let binDirectory = (bench as NSString).deletingLastPathComponent
        let warden = self.warden ?? binDirectory + "/warden"
        guard FileManager.default.isExecutableFile(atPath: warden) else {
            throw ValidationError("no warden binary at \(warden); build it (swift build -c release) or pass --warden")
        }
        let work = try workDirectory ?? Self.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let log: @Sendable (String) -> Void = { line in
            FileHandle.standardError.write(Data(("warden-bench: " + line + "\n").utf8))
        }
        log("work directory \(work)")

        let settings = QuotaSettings(scale: quotaScale, latencyMilliseconds: latencyMs)
        var online: OnlineBenchmarks.Results?
        if !skipOnline {
            online = try await OnlineBenchmarks(
                settings: settings, fleet: Fleet(.atQuota), warden: warden, python: try Self.which(python),
                baselineScript: skipBaseline ? nil : try Self.baselineScript(), workDirectory: work, log: log
            ).run()
        }
        var offline: OfflineBenchmarks.Results?
        if !skipOffline {
            offline = try OfflineBenchmarks(
                shape: .offline, runs: runs, warden: warden, bench: bench, workDirectory: work, log: log
            ).run()
        }
        var adopt: OfflineAdopt.Results?
        if !skipOffline {
            log(
                "offline: adopting the drift of \(OfflineAdopt.shape.resourceCount / 2) resources, \(max(1, runs)) runs…"
            )
            adopt = try OfflineAdopt.run(runs: runs)
        }
        let report = BenchReport(
            machine: .current(), settings: settings, atQuota: .atQuota, online: online, offline: offline, runs: runs,
            adopt: adopt)
        print(report.rendered, terminator: "")
        if !report.targets.allMet {
            log("a target was missed")
            throw ExitCode.failure
        }
    }

    /// This program's absolute path.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "warden-bench-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The boto3 script: beside the sources this program was built from.
    static func baselineScript() throws -> String {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("boto3_baseline.py").path
        guard FileManager.default.fileExists(atPath: script) else {
            throw ValidationError("no boto3 baseline script at \(script); pass --skip-baseline")
        }
        return script
    }

    /// `name` as an absolute path, looked up on PATH when it has no slash.
    static func which(_ name: String) throws -> String {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw ValidationError("\(name) is not on PATH; pass --python")
    }
}
