import AWSModel

/// Success and error responses of the rest-json protocol.
enum RestJSONResponses {
    /// The operation's success status and its output as JSON; no body when the operation has no output.
    static func success(
        _ output: JSONValue?,
        operation: OperationModel,
        model: ServiceModel,
        requestId: String
    ) -> EmulatorResponse {
        let headers = [EmulatorResponse.Header("x-amzn-RequestId", requestId)]
        guard let outputShape = operation.output else {
            return EmulatorResponse(status: operation.successCode, headers: headers)
        }
        let body = OutputEncoder.encode(output ?? .object([:]), shape: outputShape, in: model)
        return .json(operation.successCode, body, headers: headers)
    }

    /// `x-amzn-ErrorType: Code` and a body with the message under the member name the service uses
    /// (`Message` for Connect, `message` for Roles Anywhere).
    static func error(_ error: ServiceError, model: ServiceModel, requestId: String) -> EmulatorResponse {
        let (_, body) = model.errorResponse(code: error.code, message: error.message, extra: error.extra)
        return .json(
            error.httpStatus(in: model),
            body,
            headers: [
                EmulatorResponse.Header("x-amzn-RequestId", requestId),
                EmulatorResponse.Header("x-amzn-ErrorType", error.code),
            ]
        )
    }
}
