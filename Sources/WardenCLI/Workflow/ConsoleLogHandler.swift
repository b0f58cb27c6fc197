import Foundation
public import Logging

/// Log messages to standard error through `Console`, so that `--debug` hides sensitive values as every other
/// output does. The format is swift-log's `StreamLogHandler`'s.
public struct ConsoleLogHandler: LogHandler {
    public let label: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let (level, message, source) = (event.level, event.message, event.source)
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields =
            merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        let time = Date.now.formatted(.iso8601)
        Console.standardError.write("\(time) \(level) \(label) :\(fields) [\(source)] \(message)\n")
    }
}
