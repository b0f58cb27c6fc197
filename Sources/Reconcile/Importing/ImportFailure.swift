/// Why `warden import` could not read what it was asked to: every problem found, each a full sentence.
public struct ImportFailure: Error, Sendable, Equatable {
    public var problems: [String]

    public init(_ problems: [String]) {
        self.problems = problems
    }
}
