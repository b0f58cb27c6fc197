/// Where retry jitter comes from: a number in `0..<1`. Tests inject a fixed sequence.
public protocol RandomSource: Sendable {
    func nextUnit() -> Double
}

/// The system's random number generator.
public struct SystemRandomSource: RandomSource {
    public init() {}

    public func nextUnit() -> Double { Double.random(in: 0..<1) }
}
