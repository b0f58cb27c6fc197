public import AWSCore
import AWSModel

/// The service clients a plan or an apply uses, each addressed to the region of what it reads or writes.
/// They share one credential chain, one rate limiter (per region and operation) and one retry quota.
public struct AWSClients: Sendable {
    public let base: AWSClient
    /// Items per page of every paginated List; nil asks for the largest page each operation allows (the
    /// fewest calls). Smaller pages only make sense to test pagination, or for a service that struggles.
    public var pageSize: Int?

    public init(_ base: AWSClient, pageSize: Int? = nil) {
        self.base = base
        self.pageSize = pageSize
    }

    /// Amazon Connect in `region`.
    public func connect(_ region: String) -> RestJSONClient {
        RestJSONClient(client: base.inRegion(region), model: .connect)
    }

    /// IAM Roles Anywhere in `region`.
    public func rolesAnywhere(_ region: String) -> RestJSONClient {
        RestJSONClient(client: base.inRegion(region), model: .rolesAnywhere)
    }

    /// The client of a service by signing name, as plans name them.
    public func service(_ signingName: String, region: String) -> RestJSONClient {
        guard let model = ServiceModel.signedAs(signingName) else {
            preconditionFailure("no service model is signed as \(signingName)")
        }
        return RestJSONClient(client: base.inRegion(region), model: model)
    }

    public var sts: STSClient { STSClient(client: base) }
}
