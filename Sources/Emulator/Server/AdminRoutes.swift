import AWSModel
import Foundation

/// `/_emulator/...`: the call log, reset and state, for tests. No signature needed.
extension EmulatorEngine {
    func admin(_ request: EmulatorRequest) -> EmulatorResponse {
        switch (request.method, request.path) {
        case ("GET", "/_emulator/calls"):
            return Self.encoded(callLog())
        case ("DELETE", "/_emulator/calls"):
            clearCallLog()
            return EmulatorResponse(status: 204)
        case ("POST", "/_emulator/reset"):
            do {
                try reset()
                return EmulatorResponse(status: 204)
            } catch {
                return .json(500, ["message": .string(error.description)])
            }
        case ("GET", "/_emulator/state"):
            return Self.encoded(currentState())
        default:
            return .json(
                404,
                [
                    "message": .string(
                        "Unknown admin route \(request.method) \(request.path). Routes: GET /_emulator/calls, "
                            + "DELETE /_emulator/calls, POST /_emulator/reset, GET /_emulator/state"
                    )
                ]
            )
        }
    }

    private static func encoded(_ value: some Encodable) -> EmulatorResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        do {
            return EmulatorResponse(
                status: 200,
                headers: [.init("Content-Type", "application/json")],
                body: Array(try encoder.encode(value))
            )
        } catch {
            return .json(500, ["message": .string("\(error)")])
        }
    }
}
