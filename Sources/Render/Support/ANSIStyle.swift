/// The terminal styles the human views use. A view paints only when its caller allows colour (the CLI: a
/// terminal, and no `NO_COLOR`), so the same view gives plain text to files, pipes and tests.
enum ANSIStyle: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case boldRed = "1;31"
    case boldMagenta = "1;35"
    case boldGrey = "1;30"

    /// `text` in this style when `colour`, else `text` as it is.
    func paint(_ text: String, if colour: Bool) -> String {
        colour ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}
