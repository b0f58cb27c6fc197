import AWSCore
import AWSModel

/// Amazon Connect: the operations Warden uses (DESIGN.md section 1), typed with the model's shapes.
///
/// Each method sends one request; each `...Paginator` method returns every page of a list
/// operation as an async sequence, asking for the largest page the model allows.
public struct ConnectClient: Sendable {
    public let client: RestJSONClient

    public init(client: AWSClient) {
        self.client = RestJSONClient(client: client, model: .connect)
    }
}
