import Foundation
import Synchronization

/// Standard output and standard error, written as UTF-8 without buffering surprises, with the texts of
/// sensitive variables hidden as `(sensitive)` in everything Warden prints (plans, reports, diagnostics,
/// progress, `--debug` logs). Only a JSON plan is written as it is: it is what `warden apply` applies.
enum Console {
    case standardOutput
    case standardError

    /// The texts to hide, longest first (so that a text inside a longer one does not break it up).
    private static let hidden = Mutex<[String]>([])

    /// What sensitive values are shown as.
    static let placeholder = "(sensitive)"

    /// Hides these texts in everything written from now on.
    static func hide(_ texts: some Sequence<String>) {
        hidden.withLock { current in
            current = Set(current).union(texts.filter { !$0.isEmpty }).sorted { ($0.count, $0) > ($1.count, $1) }
        }
    }

    /// `text` with every hidden text replaced by `(sensitive)`.
    static func hiding(_ text: String) -> String {
        let texts = hidden.withLock { $0 }
        guard !texts.isEmpty else { return text }
        var shown = text
        for secret in texts where shown.contains(secret) {
            shown = shown.replacing(secret, with: placeholder)
        }
        return shown
    }

    func write(_ text: String) {
        writeAsIs(Self.hiding(text))
    }

    /// Writes `text` with nothing hidden: only for a JSON plan, which must hold the values apply sends.
    func writeAsIs(_ text: String) {
        guard !text.isEmpty else { return }
        let handle = self == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}
