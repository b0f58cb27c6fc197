/// An API operation of one service, as the emulator's call log names them (`connect`, `rolesanywhere`,
/// `sts`): Connect and Roles Anywhere both have a TagResource.
struct OperationKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    var service: String
    var operation: String

    static func connect(_ operation: String) -> OperationKey { OperationKey(service: "connect", operation: operation) }

    static func rolesAnywhere(_ operation: String) -> OperationKey {
        OperationKey(service: "rolesanywhere", operation: operation)
    }

    static func sts(_ operation: String) -> OperationKey { OperationKey(service: "sts", operation: operation) }

    /// `connect ListInstances`.
    var description: String { "\(service) \(operation)" }

    static func < (lhs: OperationKey, rhs: OperationKey) -> Bool {
        (lhs.service, lhs.operation) < (rhs.service, rhs.operation)
    }
}

/// How many calls of each operation.
typealias CallCounts = [OperationKey: Int]

extension Dictionary where Key == OperationKey, Value == Int {
    /// Every call of `other` added to these.
    func adding(_ other: CallCounts) -> CallCounts {
        merging(other, uniquingKeysWith: +)
    }

    var total: Int { values.reduce(0, +) }
}
