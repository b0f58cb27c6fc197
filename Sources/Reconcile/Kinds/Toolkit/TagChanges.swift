import AWSModel
import Plan

/// Tags are written by TagResource (keys added or given new values) and UntagResource (keys removed),
/// never by the resource's own update call, in both Connect and Roles Anywhere.
struct TagChanges: Equatable {
    /// Keys to set, with their desired values (strings in file syntax when only known after apply).
    var set: [String: JSONValue]
    var removed: [String]
    /// The references the set values wait for, if any.
    var waitingFor: String?

    init(desired: ResolvedValue?, observed: JSONValue?, known: KnownValues) {
        let have = observed?.objectValue ?? [:]
        let want = desired?.entries(known: known) ?? [:]
        var set: [String: JSONValue] = [:]
        var waiting: [String] = []
        for (key, value) in want {
            switch value {
            case .known(let tag) where have[key] == tag:
                continue
            case .known(let tag):
                set[key] = tag
            case .unknown(let template, _):
                set[key] = template
                if let references = value.waitingFor, !waiting.contains(references) { waiting.append(references) }
            }
        }
        self.set = set
        removed = desired == nil ? [] : have.keys.filter { want[$0] == nil }.sorted()
        waitingFor = waiting.isEmpty ? nil : waiting.sorted().joined(separator: ", ")
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
