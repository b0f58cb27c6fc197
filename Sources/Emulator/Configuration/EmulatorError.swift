/// Why the emulator cannot start or save: bad settings, an unreadable seed or state file, a port in use.
public struct EmulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every problem found, one message each.
    public var problems: [String]

    public init(_ problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}
