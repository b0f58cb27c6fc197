import AWSCore
import AWSModel

/// IAM Roles Anywhere: the profile and tagging operations Warden uses (DESIGN.md section 1), typed
/// with the model's shapes.
///
/// `listProfilesPaginator` follows `nextToken`; the model gives `pageSize` no maximum, so it is not
/// sent unless the input sets it, and the service's default page size applies.
public struct RolesAnywhereClient: Sendable {
    public let client: RestJSONClient

    public init(client: AWSClient) {
        self.client = RestJSONClient(client: client, model: .rolesAnywhere)
    }
}
