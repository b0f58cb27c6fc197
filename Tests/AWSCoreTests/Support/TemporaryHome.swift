import AWSCore
import Foundation

/// A temporary directory used as `HOME`, with `~/.aws/config` and `~/.aws/credentials` as given.
struct TemporaryHome: ~Copyable {
    let path: String

    init(config: String? = nil, credentials: String? = nil, files: [String: String] = [:]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("warden-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/.aws", withIntermediateDirectories: true)
        if let config { try config.write(toFile: path + "/.aws/config", atomically: true, encoding: .utf8) }
        if let credentials {
            try credentials.write(toFile: path + "/.aws/credentials", atomically: true, encoding: .utf8)
        }
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// An environment with only `HOME` (and `AWS_EC2_METADATA_DISABLED`, so nothing looks for an
    /// instance metadata service) plus `variables`.
    func environment(_ variables: [String: String] = [:]) -> AWSEnvironment {
        AWSEnvironment(["HOME": path, "AWS_EC2_METADATA_DISABLED": "true"].merging(variables) { _, new in new })
    }
}
