import AWSModel
import Foundation

/// `/_emulator/...`: the call log, reset and state, for tests. No signature needed.
extension EmulatorEngine {
    func admin(_ request: EmulatorRequest) -> EmulatorResponse {
        switch (request.method, request.path) {
        case ("GET", "/_emulator/calls"):
            return calls(query: request.query)
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
                        "Unknown admin route \(request.method) \(request.path). Routes: GET /_emulator/calls "
                            + "[?account=ID], "
                            + "DELETE /_emulator/calls, POST /_emulator/reset, GET /_emulator/state"
                    )
                ]
            )
        }
    }

    /// The call log, or with `account=ID` the calls served in that account (`callLog(account:)`).
    private func calls(query: String) -> EmulatorResponse {
        guard !query.isEmpty else { return Self.encoded(callLog()) }
        let pairs = query.split(separator: "&").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
        guard pairs.count == 1, pairs[0].count == 2, pairs[0][0] == "account",
            let account = pairs[0][1].removingPercentEncoding, !account.isEmpty
        else {
            return .json(400, ["message": .string("GET /_emulator/calls takes one query parameter: account=ID")])
        }
        return Self.encoded(callLog(account: account))
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
