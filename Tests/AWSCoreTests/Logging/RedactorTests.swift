import AWSCore
import Testing

@Suite struct RedactorTests {
    let redactor = Redactor()

    @Test func redactsSecretHeaders() {
        #expect(redactor.header(HTTPHeader("Authorization", "AWS4-HMAC-SHA256 ...")) == "Authorization: <redacted>")
        #expect(redactor.header(HTTPHeader("x-amz-security-token", "t")) == "x-amz-security-token: <redacted>")
        #expect(redactor.header(HTTPHeader("X-aws-ec2-metadata-token", "t")) == "X-aws-ec2-metadata-token: <redacted>")
        #expect(redactor.header(HTTPHeader("Content-Type", "application/json")) == "Content-Type: application/json")
        #expect(redactor.header(HTTPHeader("x-amz-sso_bearer_token", "aoa")) == "x-amz-sso_bearer_token: <redacted>")
    }

    @Test func redactsHeadersBoundToSensitiveMembers() {
        let redactor = Redactor(extraKeys: ["X-Secret-Member"])
        #expect(redactor.header(HTTPHeader("x-secret-member", "s")) == "x-secret-member: <redacted>")
        #expect(redactor.header(HTTPHeader("x-other", "o")) == "x-other: o")
    }

    @Test func redactsJSONAtAnyDepth() {
        let body = #"{"A":[{"SessionToken":"x","Keep":1}],"SecretAccessKey":"y","NextToken":"n","Token":"z"}"#
        #expect(
            redactor.body(Array(body.utf8), contentType: "application/x-amz-json-1.1")
                == #"{"A":[{"Keep":1,"SessionToken":"<redacted>"}],"NextToken":"n","SecretAccessKey":"<redacted>","Token":"<redacted>"}"#
        )
    }

    @Test func redactsXMLElements() {
        let body =
            "<R><Credentials><AccessKeyId>AKID</AccessKeyId><SecretAccessKey>S</SecretAccessKey>"
            + "<SessionToken>T</SessionToken></Credentials><Empty/></R>"
        #expect(
            redactor.body(Array(body.utf8), contentType: "text/xml")
                == "<R><Credentials><AccessKeyId>AKID</AccessKeyId><SecretAccessKey><redacted></SecretAccessKey>"
                + "<SessionToken><redacted></SessionToken></Credentials><Empty/></R>"
        )
    }

    @Test func redactsFormValues() {
        let body = "Action=AssumeRoleWithWebIdentity&WebIdentityToken=eyJ.x.y&TokenCode=123456&RoleArn=arn"
        #expect(
            redactor.body(Array(body.utf8), contentType: "application/x-www-form-urlencoded; charset=utf-8")
                == "Action=AssumeRoleWithWebIdentity&WebIdentityToken=<redacted>&TokenCode=<redacted>&RoleArn=arn"
        )
    }

    @Test func neverPrintsWhatItCannotParse() {
        #expect(
            redactor.body(Array(#"{"SecretAccessKey": "#.utf8), contentType: "application/json")
                == "<20 bytes of malformed JSON>")
        #expect(redactor.body([0xFF, 0xFE], contentType: nil) == "<2 bytes>")
    }
}
