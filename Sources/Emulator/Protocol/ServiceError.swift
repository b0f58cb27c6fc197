import AWSModel

/// An error answer of an AWS operation: its code, message and HTTP status.
struct ServiceError: Error, Sendable, Hashable {
    var code: String
    var message: String
    /// The status, when the model does not declare the error (the model's status wins otherwise).
    var status: Int?
    /// More members of the error body (`ResourceType`, `ResourceId`, `Reason`).
    var extra: [String: JSONValue]

    init(_ code: String, _ message: String, status: Int? = nil, extra: [String: JSONValue] = [:]) {
        self.code = code
        self.message = message
        self.status = status
        self.extra = extra
    }

    /// The HTTP status for `model`: the error trait's, else `status`, else 400.
    func httpStatus(in model: ServiceModel) -> Int {
        model.errorShape(code: code)?.error?.httpStatusCode ?? status ?? 400
    }

    static func throttling() -> ServiceError {
        ServiceError("ThrottlingException", "Rate exceeded", status: 429)
    }
}
