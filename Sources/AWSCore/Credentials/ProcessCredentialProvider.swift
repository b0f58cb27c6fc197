import Foundation
public import Logging

/// Runs a profile's `credential_process` and reads the credentials it prints as JSON:
/// `{"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken": ..., "Expiration": ...}`.
///
/// The command is split into words as a POSIX shell would (quotes and backslashes) and run without a
/// shell, like the AWS CLI does; its standard error passes through to Warden's as it comes, and its end is
/// quoted in the error when the command fails. A command that has not finished within `timeout` is stopped
/// (SIGTERM, then SIGKILL) and reported; one that prints more than `maximumOutputBytes` is stopped too.
public struct ProcessCredentialProvider: CredentialProvider {
    public let command: String
    public let name: String
    public var timeout: Duration
    public var maximumOutputBytes: Int

    public init(command: String, name: String, timeout: Duration = .seconds(120), maximumOutputBytes: Int = 1_048_576) {
        self.command = command
        self.name = name
        self.timeout = timeout
        self.maximumOutputBytes = maximumOutputBytes
    }

    private struct Output: Decodable {
        var version: Int
        var accessKeyId: String
        var secretAccessKey: String
        var sessionToken: String?
        var expiration: String?

        enum CodingKeys: String, CodingKey {
            case version = "Version"
            case accessKeyId = "AccessKeyId"
            case secretAccessKey = "SecretAccessKey"
            case sessionToken = "SessionToken"
            case expiration = "Expiration"
        }
    }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let words = try Self.split(command)
        guard !words.isEmpty else { throw .credentials("credential_process is empty (\(name)).") }
        logger.debug("Running credential_process for \(name): \(words[0])")
        let run = try await CredentialProcessRun.run(words, timeout: timeout, maximumOutputBytes: maximumOutputBytes)
        let stderr = run.standardErrorTail.map { "; its standard error ends: \($0)" } ?? ""
        switch run.ending {
        case .timedOut:
            throw .credentials(
                "credential_process for \(name) did not finish within \(timeout.seconds.formatted()) s and was stopped\(stderr)."
            )
        case .printedTooMuch:
            throw .credentials(
                "credential_process for \(name) printed more than \(maximumOutputBytes) bytes and was stopped\(stderr)."
            )
        case .exited(let status) where status != 0:
            throw .credentials(
                "credential_process for \(name) exited with status \(status)" + (stderr.isEmpty ? "." : "\(stderr)."))
        case .signalled(let signal):
            throw .credentials("credential_process for \(name) was killed by signal \(signal)\(stderr).")
        case .exited:
            break
        }
        let decoded: Output
        do {
            decoded = try JSONDecoder().decode(Output.self, from: Data(run.standardOutput))
        } catch {
            throw .credentials(
                "credential_process for \(name) printed something that is not credentials JSON\(stderr).")
        }
        guard decoded.version == 1 else {
            throw .credentials(
                "credential_process for \(name) printed Version \(decoded.version); only 1 is supported.")
        }
        var expiration: Date?
        if let text = decoded.expiration {
            guard let date = ISO8601.parse(text) else {
                throw .credentials("credential_process for \(name) printed an Expiration that is not ISO-8601.")
            }
            expiration = date
        }
        return Credential(
            accessKeyId: decoded.accessKeyId,
            secretAccessKey: decoded.secretAccessKey,
            sessionToken: decoded.sessionToken,
            expiration: expiration,
            source: name
        )
    }

    /// Splits a command line into words: whitespace separates, single quotes keep everything,
    /// double quotes keep everything but backslash escapes, a backslash escapes the next character.
    static func split(_ command: String) throws(AWSError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for character in command {
            if escaping {
                current.append(character)
                escaping = false
                inWord = true
            } else if character == "\\" && quote != "'" {
                escaping = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaping else { throw .credentials("credential_process has an unclosed quote or escape.") }
        if inWord { words.append(current) }
        return words
    }
}
