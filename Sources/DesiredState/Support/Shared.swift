/// An immutable value behind one reference. The kind descriptions are constants that decoding and
/// planning copy at every step: holding their many strings and arrays in one shared box makes a copy one
/// reference to count instead of one per member (and keeps cores from contending on all of them).
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
