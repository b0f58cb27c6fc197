import Foundation
public import Logging

/// EC2 instance credentials over IMDSv2: a session token from `PUT /latest/api/token`, then the
/// role name and the role's credentials from `/latest/meta-data/iam/security-credentials/`.
///
/// The endpoint is `http://169.254.169.254` (or `http://[fd00:ec2::254]` with
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6`), or `AWS_EC2_METADATA_SERVICE_ENDPOINT` /
/// `ec2_metadata_service_endpoint`. `AWS_EC2_METADATA_DISABLED=true` turns it off. Off EC2 the
/// endpoint does not answer within the timeout (1 s, `AWS_METADATA_SERVICE_TIMEOUT`) and the provider
/// returns no credentials. Like botocore, it falls back to IMDSv1 when the token request is refused
/// with 403, 404 or 405.
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    public let context: CredentialContext
    static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    public init(context: CredentialContext) {
        self.context = context
    }

    public var name: String { "EC2 instance metadata" }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let configuration = context.configuration
        let environment = configuration.environment
        if try environment.flag("AWS_EC2_METADATA_DISABLED") == true { return nil }
        let url =
            environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] ?? configuration.profile["ec2_metadata_service_endpoint"]
            ?? ((environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]
                ?? configuration.profile["ec2_metadata_service_endpoint_mode"])?
                .lowercased() == "ipv6" ? "http://[fd00:ec2::254]" : "http://169.254.169.254")
        let endpoint = try Endpoint(url: url)
        let timeoutText =
            environment["AWS_METADATA_SERVICE_TIMEOUT"] ?? configuration.profile["metadata_service_timeout"]
        let timeout = Duration.seconds(fractional: timeoutText.flatMap(Double.init) ?? 1)
        let redactor = Redactor()

        func send(_ method: String, _ path: String, _ headers: [HTTPHeader]) async throws(AWSError) -> AWSHTTPResponse {
            let request = AWSHTTPRequest(
                method: method,
                endpoint: endpoint,
                path: path,
                headers: [HTTPHeader("Host", endpoint.hostHeader)] + headers
            )
            logger.debug("instance metadata request\n\(redactor.describe(request))")
            let response = try await context.gate.send(request, over: context.transport, timeout: timeout)
            logger.debug("instance metadata response\n\(redactor.describe(response))")
            return response
        }

        var tokenHeaders: [HTTPHeader] = []
        do throws(AWSError) {
            let response = try await send(
                "PUT", "/latest/api/token", [HTTPHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
            switch response.status {
            case 200:
                tokenHeaders = [HTTPHeader("X-aws-ec2-metadata-token", String(decoding: response.body, as: UTF8.self))]
            case 403, 404, 405:
                logger.debug("IMDSv2 token refused (HTTP \(response.status)); trying IMDSv1")
            default:
                throw AWSError.credentials(
                    "The instance metadata service answered HTTP \(response.status) to the token request.")
            }
        } catch {
            if error.kind == .timeout || error.kind == .connection {
                logger.debug("No instance metadata service at \(endpoint): \(error.code)")
                return nil
            }
            throw error
        }

        let roles = try await send("GET", Self.credentialsPath, tokenHeaders)
        guard roles.status == 200 else {
            if roles.status == 404 { return nil }
            throw .credentials("The instance metadata service answered HTTP \(roles.status) when asked for the role.")
        }
        let roleName = String(decoding: roles.body, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(
            String.init)
        guard let roleName, !roleName.isEmpty else { return nil }
        let credentials = try await send("GET", Self.credentialsPath + roleName, tokenHeaders)
        guard credentials.status == 200 else {
            throw .credentials(
                "The instance metadata service answered HTTP \(credentials.status) for role \(roleName).")
        }
        return try MetadataCredentialsJSON.decode(credentials.body, source: "EC2 instance metadata")
    }
}
