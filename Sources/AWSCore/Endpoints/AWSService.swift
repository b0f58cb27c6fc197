/// The identity of a service as its botocore model's metadata gives it.
public struct AWSService: Sendable, Hashable, CustomStringConvertible {
    /// `serviceId`: `Connect`, `RolesAnywhere`, `STS`.
    public var serviceId: String
    /// `endpointPrefix`: the first label of the default host name.
    public var endpointPrefix: String
    /// `signingName`: the service in the SigV4 credential scope.
    public var signingName: String
    public var apiVersion: String

    public init(serviceId: String, endpointPrefix: String, signingName: String, apiVersion: String) {
        self.serviceId = serviceId
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.apiVersion = apiVersion
    }

    public static let connect = AWSService(
        serviceId: "Connect",
        endpointPrefix: "connect",
        signingName: "connect",
        apiVersion: "2017-08-08"
    )
    public static let rolesAnywhere = AWSService(
        serviceId: "RolesAnywhere",
        endpointPrefix: "rolesanywhere",
        signingName: "rolesanywhere",
        apiVersion: "2018-05-10"
    )
    public static let sts = AWSService(
        serviceId: "STS",
        endpointPrefix: "sts",
        signingName: "sts",
        apiVersion: "2011-06-15"
    )

    /// `AWS_ENDPOINT_URL_CONNECT`: the service id upper-cased, spaces as underscores.
    public var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + serviceId.uppercased().replacingOccurrences(of: " ", with: "_")
    }

    /// The key in a `[services x]` section of the config file: the service id lower-cased,
    /// spaces as underscores.
    public var configKey: String { serviceId.lowercased().replacingOccurrences(of: " ", with: "_") }

    public var description: String { serviceId }
}
