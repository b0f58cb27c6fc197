import AWSModel

/// The services the emulator serves on one port, by SigV4 signing name.
enum ServiceKind: String, Sendable, CaseIterable {
    case connect
    case rolesAnywhere = "rolesanywhere"
    case sts
    /// The IAM Identity Center portal (GetRoleCredentials).
    case sso = "awsssoportal"
    /// IAM Identity Center OIDC (CreateToken).
    case ssoOIDC = "sso-oauth"

    var model: ServiceModel {
        switch self {
        case .connect: .connect
        case .rolesAnywhere: .rolesAnywhere
        case .sts: .sts
        case .sso: .sso
        case .ssoOIDC: .ssoOIDC
        }
    }

    /// The code AWS answers model validation failures with.
    var validationErrorCode: String {
        switch self {
        case .connect: "InvalidParameterException"
        case .rolesAnywhere: "ValidationException"
        case .sts: "ValidationError"
        case .sso, .ssoOIDC: "InvalidRequestException"
        }
    }

    /// The code and status of an injected server error.
    var internalErrorCode: String {
        switch self {
        case .connect: "InternalServiceException"
        case .rolesAnywhere, .sso, .ssoOIDC: "InternalServerException"
        case .sts: "InternalFailure"
        }
    }

    var unavailableCode: String {
        self == .sts ? "ServiceUnavailable" : "ServiceUnavailableException"
    }

    static let connectRouter = RestJSONRouter(model: .connect)
    static let rolesAnywhereRouter = RestJSONRouter(model: .rolesAnywhere)
    static let ssoRouter = RestJSONRouter(model: .sso)
    static let ssoOIDCRouter = RestJSONRouter(model: .ssoOIDC)

    var router: RestJSONRouter? {
        switch self {
        case .connect: Self.connectRouter
        case .rolesAnywhere: Self.rolesAnywhereRouter
        case .sso: Self.ssoRouter
        case .ssoOIDC: Self.ssoOIDCRouter
        case .sts: nil
        }
    }
}
