public import Plan

/// What `warden apply` says to people around the plan and the report: the human lines of its view (with
/// `--format json` they go to standard error, so that standard output holds the report alone).
public enum ApplyMessages {
    /// `Applying the saved plan plan.json: Plan: 1 to create, 0 to update, 0 to delete.`
    public static func applyingSavedPlan(_ path: String, _ plan: Plan) -> String {
        "Applying the saved plan \(path): \(plan.summary.sentence)\n"
    }

    /// The question after the plan; only `yes` is accepted.
    public static let confirmation = "\nApply these changes? Only 'yes' will be accepted: "

    /// Any answer but `yes`.
    public static let cancelled = "Apply cancelled; nothing was changed.\n"

    /// A saved plan without changes.
    public static let noChanges = "No changes to apply.\n"
}
