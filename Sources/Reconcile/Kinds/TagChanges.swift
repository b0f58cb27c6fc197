import AWSModel
import DesiredState
import Plan

/// Tags are written by TagResource (keys added or given new values) and UntagResource (keys removed),
/// never by the resource's own update call, in both Connect and Roles Anywhere.
struct TagChanges: Equatable {
    /// Keys to set, with their desired values (strings in file syntax when only known after apply).
    var set: [String: JSONValue]
    var removed: [String]
    /// The references the set values wait for, if any.
    var waitingFor: String?

    init(desired: ResolvedValue?, observed: JSONValue?) {
        let have = observed?.objectValue ?? [:]
        switch desired {
        case .known(let value)?:
            let want = value.objectValue ?? [:]
            set = want.filter { have[$0.key] != $0.value }
            removed = have.keys.filter { want[$0] == nil }.sorted()
            waitingFor = nil
        case .unknown(let template, let references)?:
            // Keys whose value is known are compared as usual; only those waiting for apply are set blindly. Values
            // stay in file syntax: apply resolves the whole map.
            let want = template.objectValue ?? [:]
            set = want.filter { key, value in
                guard let text = value.stringValue, case .success(let parsed) = Template.parse(text),
                    let literal = parsed.literal
                else { return true }
                return have[key] != .string(literal)
            }
            removed = have.keys.filter { want[$0] == nil }.sorted()
            waitingFor = references.map(\.description).joined(separator: ", ")
        case nil:
            set = [:]
            removed = []
            waitingFor = nil
        }
    }

    /// TagResource then UntagResource, as needed; `encode` shapes the tag map for the service.
    func calls(service: String, resourceArn: String, encode: ([String: JSONValue]) -> JSONValue) -> [PlannedCall] {
        var calls: [PlannedCall] = []
        if !set.isEmpty {
            calls.append(
                PlannedCall(
                    service: service,
                    operation: "TagResource",
                    input: ["resourceArn": .string(resourceArn), "tags": encode(set)],
                    knownAfterApply: waitingFor.map { ["tags": $0] } ?? [:]
                )
            )
        }
        if !removed.isEmpty {
            calls.append(
                PlannedCall(
                    service: service,
                    operation: "UntagResource",
                    input: ["resourceArn": .string(resourceArn), "tagKeys": .array(removed.map(JSONValue.string))]
                )
            )
        }
        return calls
    }
}
