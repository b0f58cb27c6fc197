/// `20150830/us-east-1/service/aws4_request`: the date, region and service a signature is valid for.
public struct CredentialScope: Sendable, Hashable, CustomStringConvertible {
    public var dateStamp: String
    public var region: String
    public var service: String

    public init(dateStamp: String, region: String, service: String) {
        self.dateStamp = dateStamp
        self.region = region
        self.service = service
    }

    /// Parses `date/region/service/aws4_request`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[3] == "aws4_request", parts[0].count == 8, !parts[1].isEmpty,
            !parts[2].isEmpty
        else { return nil }
        self.init(dateStamp: parts[0], region: parts[1], service: parts[2])
    }

    public var description: String { "\(dateStamp)/\(region)/\(service)/aws4_request" }
}
