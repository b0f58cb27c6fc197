import Foundation

/// Standard output and standard error, written as UTF-8 without buffering surprises.
enum Console {
    case standardOutput
    case standardError

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        let handle = self == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}
