import Foundation
import SigV4

/// Timestamps as the services write them.
enum Timestamps {
    /// Seconds since the epoch, to the millisecond: how Connect (and every rest-json `unixTimestamp`) sends
    /// them, and how handlers hand timestamps to the output encoder.
    static func epoch(_ date: Date) -> Double {
        (date.timeIntervalSince1970 * 1000).rounded() / 1000
    }

    /// `2024-01-15T09:30:00.000Z`: ISO-8601 in UTC with milliseconds, as Roles Anywhere and STS send them.
    static func iso8601(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let seconds = (totalMilliseconds - milliseconds) / 1000
        let characters = Array(SigV4Timestamp(Date(timeIntervalSince1970: TimeInterval(seconds))).amzDate)
        func part(_ range: Range<Int>) -> String { String(characters[range]) }
        let fraction = String(milliseconds + 1000).dropFirst()
        return part(0..<4) + "-" + part(4..<6) + "-" + part(6..<8) + "T" + part(9..<11) + ":" + part(11..<13) + ":"
            + part(13..<15) + "." + fraction + "Z"
    }

    /// Parses an ISO-8601 timestamp (with or without fractional seconds or an offset).
    static func parseISO8601(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
