import AWSModel
import SigV4

/// Which service, region and operation a request is for, read before it is authenticated.
///
/// The service and region come from the SigV4 credential scope of the `Authorization` header. Requests
/// without one can only be STS's unsigned AssumeRoleWithWebIdentity (a form `POST /`) or IAM Identity Center's
/// unsigned GetRoleCredentials and CreateToken (by their paths); anything else is still routed, so that the
/// missing signature is reported by the service it was meant for.
struct RequestTarget {
    var service: ServiceKind?
    var region: String?
    var scope: CredentialScope?
    var operation: OperationModel?
    /// Decoded URI labels (rest-json).
    var labels: [String: String] = [:]
    /// Form parameters (query protocol).
    var parameters: [String: String] = [:]
    /// Why the request cannot be served, once identified (unknown operation, malformed form...).
    var failure: ServiceError?

    static func identify(_ request: EmulatorRequest) -> RequestTarget {
        let scope = request.header("authorization").flatMap { try? SigV4Authorization(headerValue: $0) }?.scope
        var target = RequestTarget(service: nil, region: scope?.region, scope: scope, operation: nil)
        if let scope {
            guard let service = ServiceKind(rawValue: scope.service) else {
                target.failure = ServiceError(
                    "InvalidSignatureException",
                    "Credential should be scoped to correct service: 'connect', 'rolesanywhere', 'sts', "
                        + "'awsssoportal' or 'sso-oauth'.",
                    status: 403
                )
                return target
            }
            target.service = service
        } else if request.method == "POST", request.path == "/" {
            target.service = .sts
        } else if ServiceKind.ssoRouter.route(method: request.method, rawPath: request.path) != nil {
            target.service = .sso
        } else if ServiceKind.ssoOIDCRouter.route(method: request.method, rawPath: request.path) != nil {
            target.service = .ssoOIDC
        } else if ServiceKind.rolesAnywhereRouter.route(method: request.method, rawPath: request.path) != nil {
            target.service = .rolesAnywhere
        } else {
            target.service = .connect
        }
        guard let service = target.service else { return target }
        if service == .sts {
            target.identifySTS(request)
        } else if let router = service.router {
            if let match = router.route(method: request.method, rawPath: request.path) {
                target.operation = match.operation
                target.labels = match.labels
            } else {
                target.failure = ServiceError(
                    "UnknownOperationException",
                    "No operation of \(service.model.serviceID) matches \(request.method) \(request.path)",
                    status: 404
                )
            }
        }
        return target
    }

    private mutating func identifySTS(_ request: EmulatorRequest) {
        guard request.method == "POST", request.path == "/", let form = QueryProtocol.parameters(request.body) else {
            failure = ServiceError("InvalidAction", "STS is served at POST / with a form-encoded body", status: 400)
            return
        }
        parameters = form
        guard let action = form["Action"] else {
            failure = ServiceError("MissingAction", "Missing Action", status: 400)
            return
        }
        let version = form["Version"] ?? ""
        guard version == ServiceModel.sts.apiVersion, let operation = ServiceModel.sts.operations[action] else {
            failure = ServiceError(
                "InvalidAction", "Could not find operation \(action) for version \(version)", status: 400)
            return
        }
        self.operation = operation
        if region == nil { region = "us-east-1" }
    }

    /// The operation's input, as the model's member names and types.
    func decodeInput(_ request: EmulatorRequest, operation: OperationModel, service: ServiceKind) -> Result<
        JSONValue, ServiceError
    > {
        if service == .sts {
            guard let shape = operation.input else { return .success([:]) }
            do {
                return .success(try QueryProtocol.input(parameters, shape: shape, in: service.model))
            } catch {
                return .failure(ServiceError("ValidationError", error.message))
            }
        }
        var query: [RESTRequest.QueryItem] = []
        for pair in request.query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = AWSPercentEncoding.decode(parts[0]),
                let value = AWSPercentEncoding.decode(parts.count > 1 ? parts[1] : "")
            else {
                return .failure(ServiceError("SerializationException", "Malformed query string"))
            }
            query.append(RESTRequest.QueryItem(name: name, value: value))
        }
        do {
            return .success(
                try RestJSON.decode(
                    operation: operation,
                    labels: labels,
                    query: query,
                    headers: request.headers.map { ($0.name, $0.value) },
                    body: request.body,
                    in: service.model
                )
            )
        } catch {
            return .failure(ServiceError("SerializationException", error.message))
        }
    }
}
