import Foundation
import SigV4
import Testing

/// The verifier as the emulator uses it: a request signed by `SigV4Signer`, then changed in transit.
@Suite struct SigV4VerifierTests {
    let date = Date(timeIntervalSince1970: 1_440_938_160)
    let signer = SigV4Signer(
        credentials: SigV4Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "token"),
        region: "eu-west-2",
        service: "connect"
    )
    let verifier = SigV4Verifier(region: "eu-west-2", service: "connect")

    var request: SigV4Request {
        SigV4Request(
            method: "POST",
            path: "/tags/arn%3Aaws%3Aconnect%3Aeu-west-2%3A111122223333%3Ainstance%2Fabc",
            query: "",
            headers: [.init("Host", "connect.eu-west-2.amazonaws.com"), .init("Content-Type", "application/json")],
            body: Array(#"{"tags":{"a":"b"}}"#.utf8)
        )
    }

    func verify(_ request: SigV4Request, now: Date? = nil) throws(SigV4VerificationError) -> SigV4Verifier.Verified {
        try verifier.verify(request, now: now ?? date) { $0 == "AKIDEXAMPLE" ? "secret" : nil }
    }

    @Test func acceptsAnUntouchedRequestAndReportsTheToken() throws {
        let verified = try verify(signer.sign(request, date: date).request)
        #expect(verified.accessKeyId == "AKIDEXAMPLE")
        #expect(verified.sessionToken == "token")
        #expect(verified.scope.description == "20150830/eu-west-2/connect/aws4_request")
    }

    @Test func refusesAChangedBody() {
        var signed = signer.sign(request, date: date).request
        signed.body = Array(#"{"tags":{"a":"c"}}"#.utf8)
        #expect {
            try verify(signed)
        } throws: { error in
            guard case .signatureMismatch(let canonical, _) = error as? SigV4VerificationError else { return false }
            return canonical.hasPrefix("POST\n/tags/arn%253Aaws%253Aconnect")
        }
    }

    @Test func refusesAChangedSignedHeaderButNotAnUnsignedOne() throws {
        var signed = signer.sign(request, date: date).request
        signed.add("User-Agent", "anything")
        _ = try verify(signed)
        signed.headers[1].value = "text/plain"
        #expect(throws: SigV4VerificationError.self) { try verify(signed) }
    }

    @Test func refusesAnUnknownKey() {
        var other = signer
        other.credentials.accessKeyId = "AKIDOTHER"
        #expect(throws: SigV4VerificationError.unrecognizedClient(accessKeyId: "AKIDOTHER")) {
            try verify(other.sign(request, date: date).request)
        }
    }

    @Test func refusesTheWrongRegionOrService() {
        var wrongRegion = signer
        wrongRegion.region = "us-east-1"
        #expect(throws: SigV4VerificationError.self) { try verify(wrongRegion.sign(request, date: date).request) }
        var wrongService = signer
        wrongService.service = "sts"
        #expect(
            throws: SigV4VerificationError.invalidScope("Credential should be scoped to correct service: 'connect'.")
        ) {
            try verify(wrongService.sign(request, date: date).request)
        }
    }

    @Test func refusesARequestOutsideTheAllowedSkew() throws {
        let signed = signer.sign(request, date: date).request
        _ = try verify(signed, now: date.addingTimeInterval(300))
        #expect(
            throws: SigV4VerificationError.signatureExpired(signed: "20150830T123600Z", now: "20150830T124101Z")
        ) {
            try verify(signed, now: date.addingTimeInterval(301))
        }
    }

    @Test func reportsAMissingOrIncompleteAuthorization() {
        #expect(throws: SigV4VerificationError.missingAuthentication) { try verify(request) }
        var unsignedHost = request
        unsignedHost.add(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-2/connect/aws4_request, SignedHeaders=x-amz-date, Signature=00"
        )
        unsignedHost.add("X-Amz-Date", "20150830T123600Z")
        #expect {
            try verify(unsignedHost)
        } throws: { error in
            (error as? SigV4VerificationError)?.code == "IncompleteSignatureException"
        }
    }
}
