/// What `warden plan` says to people beside the plan, on standard error (standard output is the plan alone,
/// exactly as `warden show` prints it).
public enum PlanMessages {
    /// After `-o PLAN`.
    public static func saved(_ path: String) -> String {
        "Saved the plan to \(path). Apply exactly it with: warden apply \(path)\n"
    }
}
