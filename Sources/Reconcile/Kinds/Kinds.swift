public import DesiredState

/// Every kind Warden manages, each a folder beside this file: the one list. Its order is the order of
/// collections in files, schemas, summaries and imports.
public enum Kinds {
    public static let all: [any KindBehavior] = [
        AuthenticationProfileBehavior(),
        SecurityProfileBehavior(),
        RolesAnywhereProfileBehavior(),
    ]

    /// The file's shape with these kinds: what every command reads files with.
    public static let layout = FileLayout(kinds: all.map(\.kind))

    /// The kinds declared in `scope`, in order.
    public static func kinds(in scope: ResourceKind.Scope) -> [ResourceKind] {
        layout.kinds(in: scope)
    }

    /// The kind with this identifier (plans name kinds by it).
    public static func named(_ id: String) -> ResourceKind? {
        layout.kind(named: id)
    }

    /// The behaviour of `kind`; every kind of the layout has one, since the layout is made from them.
    public static func behavior(for kind: ResourceKind) -> any KindBehavior {
        guard let behavior = all.first(where: { $0.kind == kind }) else {
            preconditionFailure("no behavior registered for \(kind.id)")
        }
        return behavior
    }
}
