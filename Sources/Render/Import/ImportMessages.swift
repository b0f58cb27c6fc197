/// What `warden import` says to people on standard error, beside the file it writes.
public enum ImportMessages {
    /// `Imported from account 111122223333, eu-west-2: 1 Connect instance, …. Wrote FILE; …`, where `summary`
    /// is the validation summary of the file and `file` the `-o` path (nil for standard output).
    public static func imported(account: String, region: String, summary: String, file: String?) -> String {
        let written = file.map { ". Wrote \($0); `warden plan \($0)` shows what differs (nothing, until AWS changes)" }
        return "Imported from account \(account), \(region): \(summary)\(written ?? "").\n"
    }

    /// After the diagnostics of an imported file that does not validate.
    public static let notValid =
        "error: the imported file does not pass `warden validate`; AWS holds values Warden cannot write back (fix "
        + "the lines above)\n"

    /// The problems that stopped reading the live state, one `error:` line each.
    public static func readingFailed(_ problems: [String]) -> String {
        problems.map { "error: \($0)\n" }.joined()
    }
}
