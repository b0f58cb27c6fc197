import AWSModel
import DesiredState
import Foundation
import Testing

@testable import Reconcile

/// The planner's shortcut for fields already as declared must never hide a change: whenever it answers
/// "unchanged", building and comparing the value finds no change either; and it does answer so for a value
/// equal to what AWS reports.
@Suite struct UnchangedValueTests {
    typealias F = PlannerFixtures

    static let file =
        SecurityProfilePlanTests.everyField + """
                  other:
                    name: Other
                    description: "Reports to ${connect.prod.securityProfiles.agent.id}"
                    permissions: [OutboundCallAccess, BasicAgentAccess]
                    allowedAccessControlTags: { Team: B, Department: Sales }
                    applications:
                      - { namespace: ns-b, permissions: [T2, T1], type: MCP }
                      - { namespace: ns-a, permissions: [ACCESS] }
                    tags: { owner: "${connect.prod.securityProfiles.agent.arn}" }

            """

    @Test func anUnchangedAnswerIsNeverAChange() throws {
        let desired = try F.desired(Self.file)
        let agent = F.securityProfile("agent", name: "Agent", id: "sp-1", values: [:])
        let known = KnownValues(observed: F.observed([agent]), desired: desired)
        #expect(Self.checkEveryField(of: desired, known: known) > 100)
    }

    /// Every kind's fields, from the example file, every reference known.
    @Test func anUnchangedAnswerIsNeverAChangeForAnyKind() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/contact-center.yaml").path
        let desired = try #require(DesiredState.load(path: path, layout: Kinds.layout).state)
        var known = KnownValues()
        for (index, resource) in desired.resources.enumerated() {
            known.record(resource.address, id: "id-\(index)", arn: "arn:aws:test:::\(index)")
        }
        for instance in desired.connectInstances {
            known.record(instance.address, id: "instance-\(instance.key)", arn: "arn:aws:connect:::\(instance.key)")
        }
        #expect(Set(desired.resources.map(\.kind.id)).count == Kinds.layout.kinds.count)
        #expect(Self.checkEveryField(of: desired, known: known) > 200)
    }

    /// For every field of every resource, with the value's normal form as AWS's and each variant of it: the
    /// normal form must be found unchanged, and no variant found unchanged that the comparison finds changed.
    /// Returns how many pairs were checked.
    static func checkEveryField(of desired: DesiredState, known: KnownValues) -> Int {
        var checked = 0
        for resource in desired.resources {
            for entry in resource.fields {
                guard let field = resource.kind.field(entry.key.value), !field.isIdentifier else { continue }
                guard case .known(let resolved) = ResolvedValue(entry.value.value, known: known) else {
                    Issue.record("\(resource.address).\(field.key) should resolve")
                    continue
                }
                let normal = FieldMapping.normalized(resolved, field)
                #expect(
                    UnchangedValue.matches(entry.value.value, field, observed: normal, known: known),
                    "\(resource.address).\(field.key) equals \(normal.serialized())")
                let observations: [JSONValue?] = [nil] + Self.variants(of: normal).map { $0 }
                for observed in observations {
                    let unchanged = UnchangedValue.matches(entry.value.value, field, observed: observed, known: known)
                    let changes = FieldComparison.changes(
                        field, desired: .known(normal), observed: observed, path: field.key, known: known)
                    #expect(
                        !unchanged || changes.isEmpty,
                        "\(resource.address).\(field.key): \(observed?.serialized() ?? "nothing") is a change")
                    checked += 1
                }
            }
        }
        return checked
    }

    @Test func aValueWaitingForACreateIsNeverUnchanged() throws {
        let desired = try F.desired(Self.file)
        let known = KnownValues(observed: F.observed([]), desired: desired)
        let other = try #require(desired.resources.first { $0.address.description.hasSuffix(".other") })
        for key in ["description", "tags"] {
            let value = try #require(other[field: key]).value
            let field = try #require(other.kind.field(key))
            let template = ResolvedValue(value, known: known).json
            #expect(!UnchangedValue.matches(value, field, observed: template, known: known))
        }
    }

    @Test func aSetWrittenInAnotherOrderIsUnchangedOnlyAgainstItsNormalForm() throws {
        let desired = try F.desired(Self.file)
        let known = KnownValues(observed: F.observed([]), desired: desired)
        let other = try #require(desired.resources.first { $0.address.description.hasSuffix(".other") })
        let permissions = try #require(other[field: "permissions"]).value
        let field = try #require(other.kind.field("permissions"))
        // AWS's side is always normal (sorted); one that is not is left to the comparison.
        let asWritten: JSONValue = ["OutboundCallAccess", "BasicAgentAccess"]
        #expect(!UnchangedValue.matches(permissions, field, observed: asWritten, known: known))
        let sorted: JSONValue = ["BasicAgentAccess", "OutboundCallAccess"]
        #expect(UnchangedValue.matches(permissions, field, observed: sorted, known: known))
    }

    /// `value` changed in one place at a time: elements and members removed, added, reordered and altered,
    /// all the way down.
    static func variants(of value: JSONValue) -> [JSONValue] {
        switch value {
        case .string(let text): return [.string(text + "x"), .integer(1)]
        case .integer(let number): return [.integer(number + 1), .string("\(number)")]
        case .bool(let flag): return [.bool(!flag)]
        case .array(let items):
            var result: [JSONValue] = [.array(items.reversed()), .array(items + ["zz"]), .array(items + items)]
            if !items.isEmpty { result.append(.array(Array(items.dropLast()))) }
            for index in items.indices {
                for changed in variants(of: items[index]) {
                    var copy = items
                    copy[index] = changed
                    result.append(.array(copy))
                }
            }
            return result
        case .object(let members):
            var result: [JSONValue] = [.object(members.merging(["zz": "x"]) { old, _ in old })]
            for key in members.keys {
                var removed = members
                removed[key] = nil
                result.append(.object(removed))
                for changed in variants(of: members[key]!) {
                    var copy = members
                    copy[key] = changed
                    result.append(.object(copy))
                }
            }
            return result
        default:
            return [.string("x")]
        }
    }
}
