/// An immutable value behind one reference. The kind descriptions are constants that decoding and
/// planning copy at every step: holding their many strings and arrays in one shared box makes a copy one
/// reference to count instead of one per member (and keeps cores from contending on all of them).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// Equal when the values are (the same box needs no comparing), so a type holding its members in one can
/// let Swift derive its equality and hashing.
extension Shared: Equatable where Value: Equatable {
    static func == (lhs: Shared, rhs: Shared) -> Bool { lhs === rhs || lhs.value == rhs.value }
}

extension Shared: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
