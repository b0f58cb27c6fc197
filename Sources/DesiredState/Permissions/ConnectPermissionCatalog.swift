/// The Amazon Connect security-profile permission names Warden knows, generated from
/// `connect-permissions.tsv` (its header names the sources and the date; `make permissions` regenerates
/// `ConnectPermissionCatalog+Data.swift` from it).
///
/// AWS adds permissions and instances differ, so a name the catalog lacks is a warning, never an error.
public enum ConnectPermissionCatalog {
    /// Every name, for the one lookup per permission a file declares.
    static let known = Set(names)

    /// Whether `name` is a permission of the catalog (exactly: AWS's names are case-sensitive as far as
    /// anyone has seen).
    public static func contains(_ name: String) -> Bool { known.contains(name) }

    /// Every name, byte-order sorted (the JSON Schema offers them for completion).
    public static var all: [String] { names }

    /// The console (UI) name of a permission, where the catalog knows it (`Routing profiles - Edit` for
    /// `RoutingPolicies.Edit`).
    public static func consoleName(of name: String) -> String? { consoleNames[name] }
}
