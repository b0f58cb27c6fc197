import Foundation

/// The page size the emulator serves when a List's request names none, for the Lists whose model documents no
/// largest size, so that a client cannot ask for more without guessing: Roles Anywhere's ListProfiles (AWS
/// documents neither its default nor a maximum; the emulator serves 50 and accepts up to 1,000).
public enum DefaultPageSize {
    public static func of(service: String, operation: String) -> Int? {
        service == "rolesanywhere" && operation == "ListProfiles" ? RolesAnywhereService.defaultPageSize : nil
    }
}

/// NextToken pagination over a list the emulator holds in full.
///
/// A token is opaque to clients; it records the operation, what was listed (an instance id, a security
/// profile id) and the offset of the next page, so a token is only accepted by the listing that issued it.
struct Pagination {
    var operation: String
    /// What is being listed, e.g. `instanceId/securityProfileId`.
    var scope: String

    /// A token that is not one this listing issued.
    struct InvalidToken: Error {}

    /// The page of `items` that `token` points at, `size` long, and the token of the page after it (nil on
    /// the last page).
    func page<Item>(_ items: [Item], size: Int, token: String?) throws(InvalidToken) -> (items: [Item], next: String?) {
        var offset = 0
        if let token {
            guard let decoded = Data(base64Encoded: token).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw InvalidToken()
            }
            let parts = decoded.split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "v1", parts[1] == operation, parts[2] == scope,
                let start = Int(parts[3]), start >= 0
            else { throw InvalidToken() }
            offset = min(start, items.count)
        }
        let end = min(items.count, offset + max(1, size))
        let next = end < items.count ? Data("v1|\(operation)|\(scope)|\(end)".utf8).base64EncodedString() : nil
        return (Array(items[offset..<end]), next)
    }
}
