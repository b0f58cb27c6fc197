public import AWSModel
import Foundation

/// The identity of a service as its botocore model's metadata gives it.
public struct AWSService: Sendable, Hashable, CustomStringConvertible {
    /// `serviceId`: `Connect`, `RolesAnywhere`, `STS`, `SSO`, `SSO OIDC`.
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

    /// The identity a botocore model declares in its metadata.
    public init(_ model: ServiceModel) {
        self.init(
            serviceId: model.serviceID,
            endpointPrefix: model.endpointPrefix,
            signingName: model.signingName,
            apiVersion: model.apiVersion
        )
    }

    public static let connect = AWSService(ServiceModel.connect)
    public static let rolesAnywhere = AWSService(ServiceModel.rolesAnywhere)
    public static let sts = AWSService(ServiceModel.sts)
    /// The IAM Identity Center portal (`portal.sso.REGION.amazonaws.com`, `AWS_ENDPOINT_URL_SSO`).
    public static let sso = AWSService(ServiceModel.sso)
    /// IAM Identity Center OIDC (`oidc.REGION.amazonaws.com`, `AWS_ENDPOINT_URL_SSO_OIDC`).
    public static let ssoOIDC = AWSService(ServiceModel.ssoOIDC)

    /// `AWS_ENDPOINT_URL_CONNECT`: the service id upper-cased, spaces as underscores.
    public var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + serviceId.uppercased().replacingOccurrences(of: " ", with: "_")
    }

    /// The key in a `[services x]` section of the config file: the service id lower-cased,
    /// spaces as underscores.
    public var configKey: String { serviceId.lowercased().replacingOccurrences(of: " ", with: "_") }

    public var description: String { serviceId }
}
