import AWSModel
import DesiredState
import Plan

/// The half of a resource kind that talks to AWS: which calls create, change and delete it, and how its
/// AWS members differ from its file fields where names alone do not say. The other half, its fields and
/// their constraints, is the kind's description in DesiredState (`ResourceKind`). The planner is generic
/// over both; a new kind is one description file, one behavior file, and a line in each registry.
public protocol KindBehavior: Sendable {
    var kind: ResourceKind { get }
    /// The signing name of the service its calls go to (`connect`, `rolesanywhere`).
    var service: String { get }

    /// The live value of each managed field, in the file's terms, from the AWS members the reader gathered.
    func fileValues(fromAWS members: [String: JSONValue], managed: [FieldDescription]) -> [String: JSONValue]

    /// The calls that create the resource with every declared field.
    func createCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall]

    /// The calls that change the fields in `context.changed`, each carrying only what changes.
    func updateCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall]

    /// The call that deletes the resource (kinds that cannot be deleted are never asked).
    func deleteCalls(_ live: LiveResource) -> [PlannedCall]
}

extension KindBehavior {
    public func fileValues(fromAWS members: [String: JSONValue], managed: [FieldDescription]) -> [String: JSONValue] {
        FieldMapping.fileValues(from: members, fields: managed)
    }
}

/// The behaviors of every kind Warden manages.
public enum KindBehaviors {
    public static let all: [any KindBehavior] = [
        AuthenticationProfileBehavior(),
        SecurityProfileBehavior(),
        RolesAnywhereProfileBehavior(),
    ]

    /// The behavior of `kind`. Every kind in `ResourceKind.all` has one (a test checks).
    public static func behavior(for kind: ResourceKind) -> any KindBehavior {
        guard let behavior = all.first(where: { $0.kind == kind }) else {
            preconditionFailure("no behavior registered for \(kind.id)")
        }
        return behavior
    }
}

/// Why a resource cannot be planned, for the diagnostics: the message and the field it concerns.
public struct PlanningProblem: Error, Sendable, Equatable {
    public var message: String
    /// The file key of the field at fault, when one is; else the resource itself.
    public var field: String?

    public init(_ message: String, field: String? = nil) {
        self.message = message
        self.field = field
    }
}
