/// The endpoint a client sends to, the region it signs for, and which setting chose it.
public struct ResolvedEndpoint: Sendable, Hashable {
    /// The setting that decided the endpoint, in the AWS SDKs' order of precedence.
    public enum Source: Sendable, Hashable, CustomStringConvertible {
        /// `--endpoint-url`
        case commandLine
        /// `AWS_ENDPOINT_URL_<SERVICE>` or `AWS_ENDPOINT_URL`
        case environment(String)
        /// `endpoint_url` in the profile's `services` section for the service.
        case servicesSection(String)
        /// `endpoint_url` in the profile.
        case profile(String)
        /// The service's standard endpoint for the region.
        case standard

        public var description: String {
            switch self {
            case .commandLine: "--endpoint-url"
            case .environment(let name): name
            case .servicesSection(let name): "endpoint_url in [services \(name)]"
            case .profile(let name): "endpoint_url in profile \(name)"
            case .standard: "standard endpoint"
            }
        }
    }

    public var endpoint: Endpoint
    public var signingRegion: String
    public var source: Source

    public init(endpoint: Endpoint, signingRegion: String, source: Source) {
        self.endpoint = endpoint
        self.signingRegion = signingRegion
        self.source = source
    }
}
