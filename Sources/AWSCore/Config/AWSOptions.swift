/// The AWS options of the command line, as the AWS CLI names them.
public struct AWSOptions: Sendable, Hashable {
    /// `--profile`
    public var profile: String?
    /// `--region`
    public var region: String?
    /// `--endpoint-url`
    public var endpointURL: String?

    public init(profile: String? = nil, region: String? = nil, endpointURL: String? = nil) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
    }
}
