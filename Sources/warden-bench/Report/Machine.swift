import Foundation

/// Where and when the benchmarks ran, as the report's first line says it.
struct Machine: Sendable, Hashable {
    var date: String
    var cores: Int
    var processor: String
    var memoryBytes: UInt64

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return Machine(
            date: formatter.string(from: Date()),
            cores: ProcessInfo.processInfo.activeProcessorCount,
            processor: model ?? "unknown processor",
            memoryBytes: ProcessInfo.processInfo.physicalMemory
        )
    }

    /// `2025-06-01, 2 cores (AMD EPYC), 24 GB, release build`.
    var description: String {
        "\(date), \(cores) cores (\(processor)), \(memoryBytes / 1_000_000_000) GB, release build"
    }
}
