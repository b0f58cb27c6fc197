import Foundation
public import Logging

/// Container credentials (ECS, EKS Pod Identity, CodeBuild): a GET to
/// `http://169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or to
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` (HTTPS, or HTTP to a loopback or the ECS/EKS link-local
/// addresses only), with `Authorization` from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    public let context: CredentialContext
    /// Per attempt; three attempts, as botocore makes.
    public var timeout: Duration = .seconds(2)
    public var attempts = 3

    public init(context: CredentialContext) {
        self.context = context
    }

    public var name: String { "container" }

    static let allowedHTTPHosts: Set<String> = [
        "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "localhost", "[::1]",
    ]

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let environment = context.configuration.environment
        let url: String
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] {
            url = "http://169.254.170.2" + (relative.hasPrefix("/") ? relative : "/" + relative)
        } else if let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] {
            url = full
        } else {
            return nil
        }
        let (endpoint, path, query) = try Self.split(url)
        guard
            endpoint.scheme == "https" || Self.allowedHTTPHosts.contains(endpoint.host)
                || endpoint.host.hasPrefix("127.")
        else {
            throw .credentials(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI must use HTTPS or a loopback or container metadata address, "
                    + "not \(endpoint.host).",
                code: "InvalidConfig"
            )
        }
        var headers: [HTTPHeader] = [HTTPHeader("Host", endpoint.hostHeader), HTTPHeader("Accept", "application/json")]
        if let tokenFile = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] {
            do {
                let token = try String(contentsOfFile: tokenFile, encoding: .utf8)
                headers.append(HTTPHeader("Authorization", token.trimmingCharacters(in: .whitespacesAndNewlines)))
            } catch {
                throw .credentials("Cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE \(tokenFile).")
            }
        } else if let token = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] {
            headers.append(HTTPHeader("Authorization", token))
        }
        let request = AWSHTTPRequest(method: "GET", endpoint: endpoint, path: path, query: query, headers: headers)
        let redactor = Redactor()
        var lastError: AWSError?
        for _ in 0..<max(1, attempts) {
            logger.debug("container credentials request\n\(redactor.describe(request))")
            do {
                let response = try await context.gate.send(request, over: context.transport, timeout: timeout)
                logger.debug("container credentials response\n\(redactor.describe(response))")
                guard response.status == 200 else {
                    lastError = .credentials("The container credentials endpoint answered HTTP \(response.status).")
                    if response.status < 500 { break }
                    continue
                }
                return try MetadataCredentialsJSON.decode(response.body, source: "container credentials endpoint")
            } catch {
                lastError = error
                if error.kind == .credentials { throw error }
            }
        }
        throw lastError ?? .credentials("The container credentials endpoint did not answer.")
    }

    /// Splits an absolute URL into endpoint, path and query.
    static func split(_ url: String) throws(AWSError) -> (Endpoint, String, String) {
        let query = url.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        var endpoint = try Endpoint(url: String(url.prefix { $0 != "?" }))
        let path = endpoint.basePath.isEmpty ? "/" : endpoint.basePath
        endpoint.basePath = ""
        return (endpoint, path, query)
    }
}
