/// "Did you mean …?" for a permission name the catalog lacks. Computed only for names that miss the
/// catalog, so a file of known names never pays for it.
extension ConnectPermissionCatalog {
    /// The catalog name `name` was most likely meant to be, if any, trying the usual slips in order:
    /// - a known trap (`ListenToCalls`: listening in live is `ManagerListenIn`);
    /// - the same letters with another case or other punctuation (`ContactSearchView`, `basicagentaccess`);
    /// - the console (UI) name instead of the API name (`RoutingProfiles.Edit`, `Access Contact Control Panel`);
    /// - a missing segment (`ContactSearch`, `CallRecordings.Access`), preferring View, then Access;
    /// - a typo: insertions, deletions, substitutions and transposed letters (`BasicAgentAcess`).
    public static func suggestion(for name: String) -> String? {
        if let trap = traps[name] { return trap }
        let key = folded(name)
        if let match = byFoldedName[key] { return match }
        if let match = byFoldedConsoleName[key] { return match }
        if let match = withMissingSegment(name) { return match }
        return withTypo(name)
    }

    /// The catalog name closest to `name` by edit distance (case-insensitive, transpositions counting as
    /// one edit), if it is at most a third of the name's length and at most 3 edits away.
    private static func withTypo(_ name: String) -> String? {
        let lowered = name.lowercased()
        let limit = max(1, min(3, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in names where abs(candidate.count - name.count) <= limit {
            let distance = Suggestion.editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Names that look like permissions but are not, with what was meant (the catalog's README, "Traps seen").
    private static let traps: [String: String] = [
        "ListenToCalls": "ManagerListenIn",
        "Contactflow.View": "ContactFlows.View",
    ]

    /// Letters and digits only, lowercased: `Contact_Search.view` and `ContactSearchView` fold alike.
    static func folded(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return String(kept).lowercased()
    }

    private static let byFoldedName: [String: String] = Dictionary(
        names.map { (folded($0), $0) }, uniquingKeysWith: { first, _ in first })

    private static let byFoldedConsoleName: [String: String] = Dictionary(
        consoleNames.map { (folded($0.value), $0.key) }, uniquingKeysWith: { first, second in min(first, second) })

    /// The catalog name that has one segment more than `name` (compared without regard to case), preferring
    /// the least privilege when several do: a missing `View`, then `Access`, then the first in order.
    private static func withMissingSegment(_ name: String) -> String? {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).map { $0.lowercased() }
        var best: (name: String, rank: Int)?
        for candidate in names {
            let parts = candidate.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == segments.count + 1 else { continue }
            for removed in parts.indices {
                var rest = parts
                rest.remove(at: removed)
                guard rest.map({ $0.lowercased() }) == segments else { continue }
                let rank =
                    switch parts[removed] {
                    case "View": 0
                    case "Access": 1
                    default: 2
                    }
                if rank < (best?.rank ?? .max) { best = (candidate, rank) }
            }
        }
        return best?.name
    }
}
