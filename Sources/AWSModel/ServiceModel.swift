/// One AWS service as botocore describes it: operations, shapes and paginators.
///
/// The models are botocore's own JSON, trimmed to the operations Warden uses and embedded at build time
/// (`Generated/`, written by `extract_models.py`). Everything that must match AWS on the wire — member
/// locations, constraints, error codes, page sizes — is read from here rather than restated in code.
public struct ServiceModel: Sendable {
    /// The service id, e.g. `Connect`, `RolesAnywhere`, `STS`, `SSO`, `SSO OIDC`.
    public let serviceID: String
    /// The SigV4 signing name, e.g. `connect`.
    public let signingName: String
    /// The endpoint prefix, e.g. `rolesanywhere`.
    public let endpointPrefix: String
    public let apiVersion: String
    /// `rest-json` or `query`.
    public let wireProtocol: String
    /// The XML namespace of `query` protocol responses (STS: `https://sts.amazonaws.com/doc/2011-06-15/`).
    public let xmlNamespace: String?
    /// The botocore release the model was taken from.
    public let botocoreVersion: String
    public let operations: [String: OperationModel]
    public let shapes: [String: Shape]
    public let paginators: [String: Paginator]

    /// Amazon Connect (`connect` 2017-08-08).
    public static let connect = ServiceModel(embedded: connectJSON)
    /// IAM Roles Anywhere (`rolesanywhere` 2018-05-10).
    public static let rolesAnywhere = ServiceModel(embedded: rolesAnywhereJSON)
    /// AWS STS (`sts` 2011-06-15).
    public static let sts = ServiceModel(embedded: stsJSON)
    /// The IAM Identity Center portal (`sso` 2019-06-10): GetRoleCredentials.
    public static let sso = ServiceModel(embedded: ssoJSON)
    /// IAM Identity Center OIDC (`sso-oidc` 2019-06-10): CreateToken.
    public static let ssoOIDC = ServiceModel(embedded: ssoOIDCJSON)

    /// Every embedded model.
    public static let all: [ServiceModel] = [connect, rolesAnywhere, sts, sso, ssoOIDC]

    /// The model whose SigV4 signing name is `name`, as plans name services (`connect`, `rolesanywhere`).
    public static func signedAs(_ name: String) -> ServiceModel? {
        all.first { $0.signingName == name }
    }

    /// The operation named `name`. Warden only calls operations it embeds, so a miss is a programming error.
    public func operation(_ name: String) -> OperationModel {
        guard let operation = operations[name] else {
            preconditionFailure("\(serviceID) has no operation \(name) in Warden's model subset")
        }
        return operation
    }

    /// The shape named `name`, which the model's own references guarantee exists.
    public func shape(_ name: String) -> Shape {
        guard let shape = shapes[name] else { preconditionFailure("\(serviceID) model has no shape \(name)") }
        return shape
    }

    /// The error shape whose code is `code`, if the model declares one.
    public func errorShape(code: String) -> Shape? {
        shapes.values.first { $0.isException && ($0.error?.code ?? $0.name) == code }
    }

    /// The page-size member of `operation` and the largest value its shape allows, if the paginator has a
    /// limit key and the shape a maximum (Connect ListInstances: 10; the other Connect lists: 1000).
    public func largestPageSize(for operation: String) -> (member: String, size: Int64)? {
        guard let limitKey = paginators[operation]?.limitKey,
            let input = self.operation(operation).input,
            let member = shape(input).members[limitKey],
            let maximum = shape(member.shape).max
        else { return nil }
        return (limitKey, maximum)
    }

    /// How timestamps without an explicit `timestampFormat` are written in this service's JSON bodies.
    public var defaultTimestampFormat: TimestampFormat {
        wireProtocol == "query" ? .iso8601 : .unixTimestamp
    }

    /// The format of a timestamp shape: its own `timestampFormat`, else the protocol's default.
    public func timestampFormat(of shape: Shape) -> TimestampFormat {
        shape.timestampFormat ?? defaultTimestampFormat
    }
}

/// One API operation: its HTTP binding and shapes.
public struct OperationModel: Sendable, Hashable {
    public let name: String
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    public let method: String
    /// The URI template, e.g. `/security-profiles/{InstanceId}/{SecurityProfileId}`.
    public let requestURI: String
    /// The status code of a successful response (`201` for Roles Anywhere CreateProfile).
    public let successCode: Int
    public let input: String?
    public let output: String?
    /// The element wrapping a `query` protocol result, e.g. `AssumeRoleResult`.
    public let resultWrapper: String?
    public let errors: [String]
    /// False for the few operations the model marks `authtype: none` (STS AssumeRoleWithWebIdentity):
    /// they are sent unsigned.
    public let requiresSignature: Bool
}

/// How a list operation pages, from botocore's paginators file.
public struct Paginator: Sendable, Hashable {
    public let inputToken: String
    public let outputToken: String
    public let limitKey: String?
    public let resultKeys: [String]
}

/// The wire format of a timestamp.
public enum TimestampFormat: String, Sendable, Hashable {
    case unixTimestamp
    case iso8601
    case rfc822
}
