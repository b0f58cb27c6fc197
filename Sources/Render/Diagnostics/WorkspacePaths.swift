/// Paths as a CI system names them: relative to the workspace (the repository's checkout), which is where
/// GitHub resolves the `file=` of an annotation and the relative URIs of a SARIF log.
///
/// Pure: the CLI passes in the workspace (`GITHUB_WORKSPACE`, else the current directory) and the current
/// directory; nothing here reads the file system, so symbolic links are not resolved.
public struct WorkspacePaths: Sendable, Equatable {
    /// The workspace, an absolute path.
    public var workspace: String
    /// The directory relative paths are relative to, an absolute path.
    public var currentDirectory: String

    public init(workspace: String, currentDirectory: String) {
        self.workspace = Self.absolute(workspace, in: currentDirectory)
        self.currentDirectory = Self.normalized(currentDirectory)
    }

    /// `path` (absolute, or relative to the current directory) relative to the workspace, with `.` and `..`
    /// resolved; nil when it is outside the workspace.
    public func relative(_ path: String) -> String? {
        let full = Self.absolute(path, in: currentDirectory)
        if workspace == "/" { return String(full.dropFirst()) }
        guard full.hasPrefix(workspace + "/") else { return nil }
        return String(full.dropFirst(workspace.count + 1))
    }

    /// `path` as an absolute path, with `.` and `..` resolved.
    public func absolute(_ path: String) -> String {
        Self.absolute(path, in: currentDirectory)
    }

    /// The path relative to the workspace when it is inside it, else the absolute path.
    public func shown(_ path: String) -> String {
        relative(path) ?? absolute(path)
    }

    private static func absolute(_ path: String, in directory: String) -> String {
        normalized(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// An absolute path without empty, `.` and `..` components and without a final `/`.
    private static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }
}
