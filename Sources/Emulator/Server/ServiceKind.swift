import AWSModel

/// The three services the emulator serves on one port, by SigV4 signing name.
enum ServiceKind: String, Sendable, CaseIterable {
    case connect
    case rolesAnywhere = "rolesanywhere"
    case sts

    var model: ServiceModel {
        switch self {
        case .connect: .connect
        case .rolesAnywhere: .rolesAnywhere
        case .sts: .sts
        }
    }

    /// The code AWS answers model validation failures with.
    var validationErrorCode: String {
        switch self {
        case .connect: "InvalidParameterException"
        case .rolesAnywhere: "ValidationException"
        case .sts: "ValidationError"
        }
    }

    /// The code and status of an injected server error.
    var internalErrorCode: String {
        switch self {
        case .connect: "InternalServiceException"
        case .rolesAnywhere: "InternalServerException"
        case .sts: "InternalFailure"
        }
    }

    var unavailableCode: String {
        self == .sts ? "ServiceUnavailable" : "ServiceUnavailableException"
    }

    static let connectRouter = RestJSONRouter(model: .connect)
    static let rolesAnywhereRouter = RestJSONRouter(model: .rolesAnywhere)

    var router: RestJSONRouter? {
        switch self {
        case .connect: Self.connectRouter
        case .rolesAnywhere: Self.rolesAnywhereRouter
        case .sts: nil
        }
    }
}
