public import AWSCore
public import AWSModel
public import DesiredState
public import Plan

/// A resource kind as one unit: its description (`kind`: fields and constraints, as data) and its behaviour
/// (how it is listed and read, which calls create, change and delete it, how its AWS members differ from its
/// file fields where names alone do not say, and its own rules). Each kind lives in its own folder beside
/// this one and is registered once, in `Kinds.all`; the reader, planner, applier, importer and benchmark are
/// generic over kinds and ask them, never switch on them. `Sources/Reconcile/README.md` says how to add one.
public protocol KindBehavior: Sendable {
    var kind: ResourceKind { get }
    /// The signing name of the service its calls go to (`connect`, `rolesanywhere`).
    var service: String { get }
    /// The paginated List operation that finds every resource of this kind in a scope.
    var listOperation: String { get }
    /// Names of live resources that pruning never deletes (AWS's own, such as Connect's Admin profile).
    var protectedNames: Set<String> { get }

    /// The calls, by operation, that read the `managed` fields of one resource: after the List call found it
    /// (`listed`), or on its own (apply's re-read before a write, of the fields the write sends). `readMembers`
    /// makes exactly these, and they are the fewest the API allows (a test checks every kind against the
    /// emulator); the benchmark's lower bound counts them.
    func fewestReads(managing managed: [FieldDescription], listed: Bool) -> [String: Int]

    /// Every live resource of this kind in `scope`, with one paginated List call.
    func list(_ scope: ReadScope, clients: AWSClients) async throws(AWSError) -> [LiveResource]

    /// Whether the List operation returns resources whole (what a read on its own gets, but for what
    /// `fewestReads(listed: true)` still reads): then apply may re-read many with a few List pages
    /// (`BulkReread`) instead of a call each.
    var listsWhole: Bool { get }

    /// The first pages of the List in `scope`: at most `maxPages` calls, fewer once `enough` says so of the
    /// resources so far; `complete` when every page was read. Kinds that list whole implement it; for the
    /// others it lists everything.
    func list(
        _ scope: ReadScope, clients: AWSClients, maxPages: Int, enough: ([LiveResource]) -> Bool
    ) async throws(AWSError) -> (resources: [LiveResource], complete: Bool)

    /// The AWS members that hold the `managed` fields of `live`, read with only the calls those fields need.
    func readMembers(_ live: LiveResource, managed: [FieldDescription], clients: AWSClients) async throws(AWSError)
        -> [String: JSONValue]

    /// The live value of each managed field, in the file's terms, from the AWS members the reader gathered.
    func fileValues(fromAWS members: [String: JSONValue], managed: [FieldDescription]) -> [String: JSONValue]

    /// The calls that create the resource with every declared field.
    func createCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall]

    /// The calls that change the fields in `context.changed`, each carrying only what changes.
    func updateCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall]

    /// The call that deletes the resource (kinds that cannot be deleted are never asked).
    func deleteCalls(_ live: LiveResource) -> [PlannedCall]

    /// The id and ARN in the answer to `operation`, when it is this kind's create call.
    func createdIdentity(_ operation: String, answer: JSONValue) -> (id: String?, arn: String?)?
}

extension KindBehavior {
    public var protectedNames: Set<String> { [] }

    public var listsWhole: Bool { false }

    public func list(
        _ scope: ReadScope, clients: AWSClients, maxPages: Int, enough: ([LiveResource]) -> Bool
    ) async throws(AWSError) -> (resources: [LiveResource], complete: Bool) {
        (try await list(scope, clients: clients), true)
    }

    public func createdIdentity(_ operation: String, answer: JSONValue) -> (id: String?, arn: String?)? { nil }

    public func fileValues(fromAWS members: [String: JSONValue], managed: [FieldDescription]) -> [String: JSONValue] {
        FieldMapping.fileValues(from: members, fields: managed)
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
