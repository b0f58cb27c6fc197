import AWSModel

extension ConnectService {
    /// Completes (with `Code`) or fails (with `Error`) a pending customer authentication. A state the
    /// instance never issued is an invalid parameter; one already completed or failed is a conflict.
    mutating func updateParticipantAuthentication() throws(ServiceError) -> HandlerResult {
        let reference = input.string("InstanceId") ?? ""
        let index: Int
        do {
            index = try instanceIndex(reference)
        } catch {
            throw ServiceError("InvalidParameterException", "Instance \(reference) not found")
        }
        let hasCode = input.has("Code")
        let hasError = input.has("Error")
        guard hasCode != hasError else {
            throw ServiceError("InvalidParameterException", "Provide exactly one of Code and Error.")
        }
        if input.has("ErrorDescription") && !hasError {
            throw ServiceError("InvalidParameterException", "ErrorDescription can only be provided with Error.")
        }
        let state = input.string("State") ?? ""
        guard
            let stateIndex = region.connectInstances[index].participantAuthentications.firstIndex(where: {
                $0.state == state
            })
        else {
            throw ServiceError("InvalidParameterException", "The State provided is not valid for this instance.")
        }
        guard region.connectInstances[index].participantAuthentications[stateIndex].status == .pending else {
            throw ServiceError("ConflictException", "The authentication for this State has already been completed.")
        }
        region.connectInstances[index].participantAuthentications[stateIndex].status = hasCode ? .completed : .failed
        return .wrote(.object([:]))
    }
}
