import Foundation
import Plan
import Render
import Testing

@Suite struct ReadProgressViewTests {
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [String] = []
        var now = Date(timeIntervalSince1970: 0)

        func append(_ line: String) {
            lock.lock()
            storage.append(line)
            lock.unlock()
        }

        var lines: [String] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }

    @Test func nothingIsPrintedUntilThePlanHasTakenAMoment() {
        let recorder = Recorder()
        let progress = ReadProgressView(threshold: 1, clock: { recorder.now }, write: recorder.append)
        progress.report(ReadProgress(step: .listed, address: "connect.prod.securityProfiles", completed: 1, total: 2))
        recorder.now = Date(timeIntervalSince1970: 0.5)
        progress.report(ReadProgress(step: .listed, address: "rolesAnywhere.profiles", completed: 2, total: 2))
        #expect(recorder.lines == [])
        recorder.now = Date(timeIntervalSince1970: 1.5)
        progress.callback(
            ReadProgress(step: .read, address: "connect.prod.securityProfiles.agent", completed: 3, total: 9))
        #expect(recorder.lines == ["Read connect.prod.securityProfiles.agent (3 of 9)\n"])
    }

    @Test func listsAndReadsAreNamedAsSuch() {
        #expect(
            ReadProgressView.line(
                ReadProgress(step: .listed, address: "connect.prod.securityProfiles", completed: 1, total: 3))
                == "Listed connect.prod.securityProfiles (1 of 3)")
    }
}
