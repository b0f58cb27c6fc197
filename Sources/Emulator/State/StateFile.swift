import Foundation

/// The `--state` file: the emulator's state as JSON, replaced atomically (written to a temporary file in the
/// same directory, then renamed over the old one), so a crash never leaves half a file.
struct StateFile: Sendable {
    var path: String

    /// Why the state file could not be read or written.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The saved state, or nil when there is no file yet. A file written before the emulator served several
    /// accounts holds the resources of `defaultAccount`.
    func load(defaultAccount: String) throws(Failure) -> EmulatorState? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .secondsSince1970
            decoder.userInfo[EmulatorState.defaultAccountKey] = defaultAccount
            return try decoder.decode(EmulatorState.self, from: data)
        } catch {
            throw Failure(description: "\(path): not a warden-emulator state file: \(error)")
        }
    }

    func save(_ state: EmulatorState) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .secondsSince1970
            try encoder.encode(state).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw Failure(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot write \(path): \(error)")
        }
    }
}
