/// Whole-string matching against the patterns of botocore's model.
enum Pattern {
    /// Whether all of `text` matches `pattern`. The patterns are constants of the kind descriptions, so
    /// one that does not compile is a programming error (a test compiles them all).
    static func wholeMatch(_ text: String, _ pattern: String) -> Bool {
        do {
            let regex = try Regex(pattern)
            return (try regex.wholeMatch(in: text)) != nil
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }
}
