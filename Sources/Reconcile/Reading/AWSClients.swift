import AWSCore
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
        signingName == ServiceModel.rolesAnywhere.signingName ? rolesAnywhere(region) : connect(region)
    }

    public var sts: STSClient { STSClient(client: base) }
}

extension RestJSONClient {
    /// Every item of every page of a list operation, following the model's paginator (next-token chaining),
    /// `pageSize` items a page (at most what the model allows), or the largest page when nil.
    public func listAll(_ operation: String, input: JSONValue, pageSize: Int? = nil) async throws(AWSError)
        -> [JSONValue]
    {
        guard let resultKey = model.paginators[operation]?.resultKeys.first else {
            preconditionFailure("\(operation) has no paginator in the model")
        }
        var input = input
        if let pageSize, let (member, largest) = largestPageSize(for: operation), case .object(var members) = input {
            members[member] = .integer(min(Int64(max(pageSize, 1)), largest))
            input = .object(members)
        }
        var items: [JSONValue] = []
        do {
            for try await page in AWSPaginator<JSONValue>(client: self, operation: operation, input: input) {
                // An absent list is an empty one (as botocore reads it); anything but a list is a broken answer,
                // which must not be read as "there are none".
                guard case .object(let members) = page,
                    members[resultKey] == nil || members[resultKey]?.arrayValue != nil
                else {
                    var error = AWSError.invalidResponse(
                        "The answer to \(operation) cannot be decoded: \(resultKey) is not a list of items.")
                    error.operation = operation
                    throw error
                }
                items += members[resultKey]?.arrayValue ?? []
            }
        } catch let error as AWSError {
            throw error
        } catch {
            throw AWSError.invalidResponse("\(operation): \(error)")
        }
        return items
    }
}
