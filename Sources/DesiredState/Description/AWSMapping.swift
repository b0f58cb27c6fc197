/// Where a field lives in the AWS API: the member name in botocore's model and the operations that write it.
public struct AWSMapping: Sendable, Hashable, CustomStringConvertible {
    /// The member name, e.g. `PeriodicSessionDuration`, or `Namespace` inside an `Application`.
    public var member: String
    /// The operations that write it, e.g. `UpdateAuthenticationProfile`; empty for members of a nested
    /// structure (the enclosing field names them).
    public var operations: [String]

    public init(_ member: String, operations: [String] = []) {
        self.member = member
        self.operations = operations
    }

    /// `Member (Operation, Operation)`.
    public var description: String {
        operations.isEmpty ? member : "\(member) (\(operations.joined(separator: ", ")))"
    }
}
