/// One line of a resource's attribute diff, before presentation: the text view indents it, the markdown
/// view puts the mark in the first column of a `diff` block so GitHub colours it.
struct DiffLine: Equatable {
    enum Mark: String {
        case add = "+"
        case remove = "-"
        case change = "~"
        case none = " "
    }

    var mark: Mark
    /// Nesting depth below the resource.
    var depth: Int
    var text: String
}
