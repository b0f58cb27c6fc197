import SigV4
import Testing

@Suite struct SigV4AuthorizationTests {
    @Test func parsesTheHeaderItRenders() throws {
        let value =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        let authorization = try SigV4Authorization(headerValue: value)
        #expect(authorization.accessKeyId == "AKIDEXAMPLE")
        #expect(authorization.scope == CredentialScope(dateStamp: "20150830", region: "us-east-1", service: "service"))
        #expect(authorization.signedHeaders == ["host", "x-amz-date"])
        #expect(authorization.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
        #expect(authorization.headerValue == value)
    }

    @Test func acceptsComponentsWithoutSpacesInAnyOrder() throws {
        let value = "AWS4-HMAC-SHA256 Signature=ab,SignedHeaders=host,Credential=K/20150830/eu-west-2/sts/aws4_request"
        let authorization = try SigV4Authorization(headerValue: value)
        #expect(authorization.scope.region == "eu-west-2")
        #expect(authorization.signature == "ab")
    }

    @Test func reportsWhatIsWrong() {
        #expect(throws: SigV4Authorization.ParseError.unsupportedAlgorithm) {
            try SigV4Authorization(headerValue: "AWS4-HMAC-SHA1 Credential=a")
        }
        #expect(throws: SigV4Authorization.ParseError.missingComponent("Signature")) {
            try SigV4Authorization(
                headerValue: "AWS4-HMAC-SHA256 Credential=K/20150830/r/s/aws4_request, SignedHeaders=host")
        }
        #expect(throws: SigV4Authorization.ParseError.malformedCredential("K/20150830/r/aws4_request")) {
            try SigV4Authorization(
                headerValue: "AWS4-HMAC-SHA256 Credential=K/20150830/r/aws4_request, SignedHeaders=host, Signature=a"
            )
        }
    }

    @Test func credentialsNeverDescribeTheirSecrets() {
        let credentials = SigV4Credentials(accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN")
        #expect(
            credentials.description
                == "SigV4Credentials(accessKeyId: AKID, secretAccessKey: <redacted>, sessionToken: <redacted>)")
    }
}
