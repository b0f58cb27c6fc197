import Foundation
import SigV4
import Testing

/// The official header-signing suite (awslabs/aws-c-auth) and Warden's botocore-signed cases.
@Suite struct SigningSuiteTests {
    static let official = SigningCase.names(in: "aws-sig-v4-test-suite")
    static let warden = SigningCase.names(in: "warden")

    @Test func theOfficialSuiteHas38Cases() {
        #expect(Self.official.count == 38)
        #expect(Self.warden.count == 3)
    }

    @Test(arguments: official + warden)
    func signingMatchesEveryStage(name: String) throws {
        let testCase = try SigningCase(name)
        let result = testCase.signer.sign(testCase.request, date: testCase.date, options: testCase.options)

        #expect(result.canonicalRequest.text == testCase.canonicalRequest)
        #expect(result.stringToSign.text == testCase.stringToSign)
        #expect(result.authorization.signature == testCase.signature)
        #expect(result.request.values(of: "authorization") == testCase.signedRequest.values(of: "authorization"))
        let sent = result.request.headers.map { "\($0.name.lowercased()):\($0.value)" }.sorted()
        let expected = testCase.signedRequest.headers.map { "\($0.name.lowercased()):\($0.value)" }.sorted()
        #expect(sent == expected)
    }

    @Test(arguments: official + warden)
    func theVerifierAcceptsEverySignedRequest(name: String) throws {
        let testCase = try SigningCase(name)
        let signed = testCase.signer.sign(testCase.request, date: testCase.date, options: testCase.options).request
        let verifier = SigV4Verifier(
            region: testCase.context.region,
            service: testCase.context.service,
            normalizePath: testCase.context.normalize
        )
        let verified = try verifier.verify(signed, now: testCase.date) { key in
            key == "AKIDEXAMPLE" ? testCase.context.credentials.secretAccessKey : nil
        }
        #expect(verified.accessKeyId == "AKIDEXAMPLE")
        #expect(verified.sessionToken == testCase.context.credentials.token)
    }
}
