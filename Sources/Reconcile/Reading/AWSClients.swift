import AWSCore
import AWSModel

/// The service clients a plan or an apply uses, each addressed to the region of what it reads or writes.
/// They share one credential chain, one rate limiter (per region and operation) and one retry quota.
public struct AWSClients: Sendable {
    public let base: AWSClient

    public init(_ base: AWSClient) {
        self.base = base
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
        signingName == ServiceModel.rolesAnywhere.signingName ? rolesAnywhere(region) : connect(region)
    }

    public var sts: STSClient { STSClient(client: base) }
}

extension RestJSONClient {
    /// Every item of every page of a list operation, following the model's paginator (largest page size,
    /// next-token chaining).
    public func listAll(_ operation: String, input: JSONValue) async throws(AWSError) -> [JSONValue] {
        guard let resultKey = model.paginators[operation]?.resultKeys.first else {
            preconditionFailure("\(operation) has no paginator in the model")
        }
        var items: [JSONValue] = []
        do {
            for try await page in AWSPaginator<JSONValue>(client: self, operation: operation, input: input) {
                items += page[resultKey]?.arrayValue ?? []
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError.invalidResponse("\(operation): \(error)")
        }
        return items
    }
}
