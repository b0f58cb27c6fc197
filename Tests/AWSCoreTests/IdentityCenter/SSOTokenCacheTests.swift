import Foundation
import Testing

@testable import AWSCore

/// The AWS CLI's token cache: file names, the formats `aws sso login` has written, and the atomic write-back.
@Suite struct SSOTokenCacheTests {
    /// `hashlib.sha1(b"corp").hexdigest()` and of a start URL, as botocore's `SSOTokenLoader` computes them.
    @Test func filesAreNamedByTheSHA1OfTheSessionNameOrStartURL() {
        let cache = SSOTokenCache(directory: "/home/jane/.aws/sso/cache")
        #expect(cache.path(for: "corp") == "/home/jane/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json")
        #expect(
            cache.path(for: "https://legacy.awsapps.com/start")
                == "/home/jane/.aws/sso/cache/79e435d7a515078e81c9dffc35f38d5687ebd3a7.json")
        #expect(
            SSOTokenCache(environment: AWSEnvironment(["HOME": "/home/jane"])).directory
                == "/home/jane/.aws/sso/cache")
    }

    @Test(arguments: [
        "2023-11-14T22:13:20Z", "2023-11-14T22:13:20UTC", "2023-11-14T22:13:20.000Z", "2023-11-15T00:13:20+02:00",
    ])
    func expiryTimesInEveryFormTheAWSCLIHasWritten(text: String) throws {
        let token = try SSOToken(json: Array(#"{"accessToken": "a", "expiresAt": "\#(text)"}"#.utf8), path: "t.json")
        #expect(token.expiresAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(token.refreshToken == nil)
    }

    @Test(arguments: [
        (
            #"{"expiresAt": "2023-11-14T22:13:20Z"}"#,
            "The IAM Identity Center token cache t.json has no accessToken or expiresAt."
        ),
        (#"{"accessToken": "a"}"#, "The IAM Identity Center token cache t.json has no accessToken or expiresAt."),
        (
            #"{"accessToken": "a", "expiresAt": "soon"}"#,
            "The IAM Identity Center token cache t.json has an expiresAt that is not a time: 'soon'."
        ),
        ("[1]", "The IAM Identity Center token cache t.json is not a JSON object."),
    ])
    func brokenCacheFilesAreErrors(json: String, message: String) {
        let error = #expect(throws: AWSError.self) { try SSOToken(json: Array(json.utf8), path: "t.json") }
        #expect(error?.message == message)
    }

    @Test func aSavedTokenReplacesTheFileWithModeSixHundred() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sso-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = SSOTokenCache(directory: directory)
        try "old".write(toFile: cache.path(for: "corp"), atomically: true, encoding: .utf8)
        let token = SSOToken(
            startUrl: "https://corp.awsapps.com/start", region: "eu-west-1", accessToken: "a\"b",
            expiresAt: Date(timeIntervalSince1970: 1_700_000_000.75), clientId: "client", clientSecret: "secret",
            registrationExpiresAt: "2024-02-13T22:13:20UTC", refreshToken: nil)
        try cache.save(token, for: "corp")
        let path = cache.path(for: "corp")
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == #"{"startUrl": "https://corp.awsapps.com/start", "region": "eu-west-1", "accessToken": "a\"b", "#
                + #""expiresAt": "2023-11-14T22:13:20Z", "clientId": "client", "clientSecret": "secret", "#
                + #""registrationExpiresAt": "2024-02-13T22:13:20UTC"}"#)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory) == [(path as NSString).lastPathComponent])
        #expect(try cache.load("corp") == SSOToken(json: token.json, path: path))
        #expect(try cache.load("other") == nil)
        #expect(!token.description.contains("secret") && !token.description.contains("a\"b"))
    }

    @Test func aCacheDirectoryThatCannotBeWrittenIsAnError() {
        let cache = SSOTokenCache(directory: "/nonexistent/sso/cache")
        let token = SSOToken(
            startUrl: nil, region: nil, accessToken: "a", expiresAt: Date(), clientId: nil, clientSecret: nil,
            registrationExpiresAt: nil, refreshToken: nil)
        #expect(throws: AWSError.self) { try cache.save(token, for: "corp") }
    }
}
