import Emulator

/// What the emulator's call log says about a run: calls per operation, throttled answers, other errors.
struct CallLogSummary: Sendable, Hashable {
    var calls: CallCounts
    /// Answers of 429 or ThrottlingException.
    var throttled: Int
    /// Other error answers and dropped connections, by `service operation: code`.
    var errors: [String: Int]

    init(_ records: [CallRecord]) {
        var calls: CallCounts = [:]
        var throttled = 0
        var errors: [String: Int] = [:]
        for record in records {
            let key = OperationKey(service: record.service ?? "?", operation: record.operation ?? "?")
            calls[key, default: 0] += 1
            if record.status == 429 || record.errorCode == "ThrottlingException" {
                throttled += 1
            } else if record.status >= 400 || record.status == 0 {
                errors["\(key): \(record.errorCode ?? String(record.status))", default: 0] += 1
            }
        }
        self.calls = calls
        self.throttled = throttled
        self.errors = errors
    }
}
