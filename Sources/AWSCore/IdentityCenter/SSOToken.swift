import AWSModel
import Foundation

/// A token of the AWS CLI's IAM Identity Center cache (`~/.aws/sso/cache/<sha1>.json`), as `aws sso login`
/// writes it: the access token and when it expires, and, for an `sso-session`, what refreshing it needs (the
/// refresh token and the client registration). `description` never shows a secret.
struct SSOToken: Sendable, Hashable, CustomStringConvertible {
    var startUrl: String?
    var region: String?
    var accessToken: String
    var expiresAt: Date
    var clientId: String?
    var clientSecret: String?
    /// As the file has it: botocore copies it verbatim when it writes a refreshed token.
    var registrationExpiresAt: String?
    var refreshToken: String?

    /// Reads the cache file's JSON; `accessToken` and `expiresAt` are required, as botocore requires them.
    init(json bytes: [UInt8], path: String) throws(AWSError) {
        guard let value = try? JSONValue(parsing: bytes), value.objectValue != nil else {
            throw .credentials(
                "The IAM Identity Center token cache \(path) is not a JSON object.", code: "InvalidToken")
        }
        func text(_ key: String) -> String? { value[key]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } }
        guard let accessToken = text("accessToken"), let expiresText = text("expiresAt") else {
            throw .credentials(
                "The IAM Identity Center token cache \(path) has no accessToken or expiresAt.", code: "InvalidToken")
        }
        guard let expiresAt = Self.parseTime(expiresText) else {
            throw .credentials(
                "The IAM Identity Center token cache \(path) has an expiresAt that is not a time: '\(expiresText)'.",
                code: "InvalidToken"
            )
        }
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        startUrl = text("startUrl")
        region = text("region")
        clientId = text("clientId")
        clientSecret = text("clientSecret")
        registrationExpiresAt = text("registrationExpiresAt")
        refreshToken = text("refreshToken")
    }

    init(
        startUrl: String?,
        region: String?,
        accessToken: String,
        expiresAt: Date,
        clientId: String?,
        clientSecret: String?,
        registrationExpiresAt: String?,
        refreshToken: String?
    ) {
        self.startUrl = startUrl
        self.region = region
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.registrationExpiresAt = registrationExpiresAt
        self.refreshToken = refreshToken
    }

    /// The file as botocore's `SSOTokenProvider` writes a refreshed token: its keys in its order, times as
    /// `2024-01-01T00:00:00Z`, absent values left out.
    var json: [UInt8] {
        let members: [(String, String?)] = [
            ("startUrl", startUrl),
            ("region", region),
            ("accessToken", accessToken),
            ("expiresAt", Self.formatTime(expiresAt)),
            ("clientId", clientId),
            ("clientSecret", clientSecret),
            ("registrationExpiresAt", registrationExpiresAt),
            ("refreshToken", refreshToken),
        ]
        let body = members.compactMap { key, value in
            value.map { JSONValue.string(key).serialized() + ": " + JSONValue.string($0).serialized() }
        }
        return Array(("{" + body.joined(separator: ", ") + "}").utf8)
    }

    /// The time when the client registration `refreshToken` belongs to stops working; nil when the file
    /// has none or it is not a time.
    var registrationExpiry: Date? { registrationExpiresAt.flatMap(Self.parseTime) }

    var description: String {
        "SSOToken(startUrl: \(startUrl ?? "-"), region: \(region ?? "-"), accessToken: <redacted>, "
            + "expiresAt: \(Self.formatTime(expiresAt)), clientId: \(clientId ?? "-"), clientSecret: "
            + "\(clientSecret == nil ? "-" : "<redacted>"), refreshToken: \(refreshToken == nil ? "-" : "<redacted>"))"
    }

    /// The times the AWS CLI has written: ISO-8601 with `Z` or an offset, with or without a fraction, and
    /// the older `2019-11-14T04:30:49UTC`.
    static func parseTime(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("UTC") { return ISO8601.parse(trimmed.dropLast(3) + "Z") }
        return ISO8601.parse(trimmed)
    }

    /// `2024-01-01T00:00:00Z`, botocore's `_sso_json_dumps` format.
    static func formatTime(_ date: Date) -> String {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(Date.ISO8601FormatStyle())
    }
}
