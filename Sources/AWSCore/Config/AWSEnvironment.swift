import Foundation

/// The environment variables the AWS layer reads, captured once so tests can pass their own
/// (including `HOME`, which locates `~/.aws/config` and `~/.aws/credentials`).
public struct AWSEnvironment: Sendable, Hashable {
    public var variables: [String: String]

    public init(_ variables: [String: String]) {
        self.variables = variables
    }

    /// The environment of this process.
    public static var process: AWSEnvironment { AWSEnvironment(ProcessInfo.processInfo.environment) }

    /// The value of `name`; an empty value counts as unset, as in the AWS SDKs.
    public subscript(name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// `HOME`, else the user's home directory.
    public var homeDirectory: String { self["HOME"] ?? NSHomeDirectory() }

    /// `path` with a leading `~` replaced by the home directory.
    public func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return homeDirectory + path.dropFirst()
    }

    /// A boolean variable (`true`/`false`, any case); nil when unset.
    func flag(_ name: String) throws(AWSError) -> Bool? {
        guard let value = self[name] else { return nil }
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .configuration("\(name) must be true or false, not '\(value)'.")
        }
    }
}
