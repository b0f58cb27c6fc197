import AWSModel
import AWSTestSupport
import Foundation
import Testing

@testable import AWSCore

@Suite struct STSClientTests {
    static let cases = BotocoreRequest.load(
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("sts/requests.json")
    )

    /// The Swift inputs of the cases in `Fixtures/sts/generate.py`.
    static func encode(_ name: String) -> AWSRequest? {
        switch name {
        case "get-caller-identity":
            return STSClient.encodeGetCallerIdentity()
        case "assume-role-minimal":
            return STSClient.encode(
                AssumeRoleRequest(
                    roleArn: "arn:aws:iam::111122223333:role/Deploy", roleSessionName: "warden-1700000000")
            )
        case "assume-role-full":
            return STSClient.encode(
                AssumeRoleRequest(
                    roleArn: "arn:aws:iam::111122223333:role/Deploy",
                    roleSessionName: "warden deploy",
                    policyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/A+B"],
                    policy:
                        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:*","Resource":"*"}]}"#,
                    durationSeconds: 900,
                    tags: [STSTag(key: "team", value: "contact center")],
                    transitiveTagKeys: ["team"],
                    externalId: "ext=1/2",
                    serialNumber: "arn:aws:iam::111122223333:mfa/user",
                    tokenCode: "123456",
                    sourceIdentity: "alice@example.com"
                )
            )
        case "assume-role-with-web-identity":
            return STSClient.encode(
                AssumeRoleWithWebIdentityRequest(
                    roleArn: "arn:aws:iam::111122223333:role/GitHubDeploy",
                    roleSessionName: "ci-run-42",
                    webIdentityToken: "eyJhbGciOi.eyJzdWIiOi.sig_-~",
                    providerId: "www.amazon.com",
                    policyArns: [],
                    durationSeconds: 3_600
                )
            )
        default:
            return nil
        }
    }

    @Test func everyOperationHasACase() {
        #expect(Set(Self.cases.map(\.operation)) == ["GetCallerIdentity", "AssumeRole", "AssumeRoleWithWebIdentity"])
    }

    @Test(arguments: cases)
    func requestsAreWhatBotocoreSends(expected: BotocoreRequest) throws {
        let request = try #require(Self.encode(expected.name))
        #expect(request.operation == expected.operation)
        let http = AWSHTTPRequest(
            method: request.method,
            endpoint: Endpoint(host: "sts.eu-west-2.amazonaws.com"),
            path: request.path,
            query: request.query,
            headers: request.headers,
            body: request.body
        )
        #expect(expected.differences(from: http) == [])
        #expect(String(decoding: request.body, as: UTF8.self) == expected.body, "byte for byte")
    }

    @Test func decodesAssumeRoleCredentials() throws {
        let xml = FakeSTS.credentialsXML(action: "AssumeRole", keyId: "ASIAX", secret: "s3cr3t", token: "tok")
        let result = try #require(try XMLTree.parse(Array(xml.utf8)).child("AssumeRoleResult"))
        let response = try STSClient.decodeAssumeRole(result, source: "test")
        #expect(
            response.credentials
                == Credential(
                    accessKeyId: "ASIAX",
                    secretAccessKey: "s3cr3t",
                    sessionToken: "tok",
                    expiration: Date(timeIntervalSince1970: 1_700_003_600),
                    source: "test"
                )
        )
        #expect(response.assumedRoleArn == "arn:aws:sts::111122223333:assumed-role/Role/session")
        #expect(response.assumedRoleId == "AROAEXAMPLE:session")
        #expect(response.packedPolicySize == 6)
    }

    @Test func decodesErrors() {
        let response = AWSHTTPResponse(
            status: 403,
            headers: [HTTPHeader("x-amzn-RequestId", "header-id")],
            body: Array(FakeSTS.errorXML(code: "AccessDenied", message: "not allowed").utf8)
        )
        #expect(
            STSClient.decodeError(response)
                == AWSError(
                    kind: .service, code: "AccessDenied", message: "not allowed", httpStatus: 403,
                    requestId: "err-request")
        )
        let html = AWSHTTPResponse(status: 503, body: Array("<html>busy".utf8))
        let error = STSClient.decodeError(html)
        #expect(error.code == "Http503")
        #expect(error.isRetryable)
    }

    @Test func getCallerIdentityOverAClient() async throws {
        let body = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
                <Arn>arn:aws:iam::111122223333:user/alice</Arn>
                <UserId>AIDAEXAMPLE</UserId>
                <Account>111122223333</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>
            """
        let transport = ScriptedTransport([.response(AWSHTTPResponse(status: 200, body: Array(body.utf8)))])
        let home = try TemporaryHome()
        let client = AWSClient(
            configuration: try AWSConfiguration(
                options: AWSOptions(region: "eu-west-2"), environment: home.environment()),
            credentials: StaticCredentialProvider(
                Credential(accessKeyId: "AKID", secretAccessKey: "s", source: "test")),
            transport: transport,
            clock: TestClock()
        )
        let identity = try await STSClient(client: client).getCallerIdentity()
        #expect(
            identity
                == CallerIdentity(
                    userId: "AIDAEXAMPLE", account: "111122223333", arn: "arn:aws:iam::111122223333:user/alice"))
        #expect(transport.requests.first?.url == "https://sts.eu-west-2.amazonaws.com/")
    }
}
