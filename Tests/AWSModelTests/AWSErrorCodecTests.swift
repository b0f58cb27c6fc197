import AWSModel
import Testing

@Suite struct AWSErrorCodecTests {
    @Test func takesTheCodeFromTheHeaderWithoutItsSuffix() {
        let error = AWSErrorBody.parse(
            headers: [
                (
                    "X-Amzn-ErrorType",
                    "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.connect/"
                )
            ],
            body: Array(#"{"Message":"Instance not found"}"#.utf8)
        )
        #expect(error == AWSErrorBody(code: "ResourceNotFoundException", message: "Instance not found"))
    }

    @Test func fallsBackToTheBodyCodeThenType() {
        #expect(
            AWSErrorBody.parse(headers: [], body: Array(#"{"code":"X","message":"m"}"#.utf8))
                == AWSErrorBody(code: "X", message: "m"))
        #expect(
            AWSErrorBody.parse(
                headers: [], body: Array(#"{"__type":"com.amazonaws#ValidationException","message":"bad"}"#.utf8))
                == AWSErrorBody(code: "ValidationException", message: "bad")
        )
        #expect(AWSErrorBody.parse(headers: [], body: Array("<html>".utf8)) == nil)
    }

    @Test func buildsEachServicesErrorBody() {
        let connect = ServiceModel.connect.errorResponse(code: "DuplicateResourceException", message: "exists")
        #expect(connect.status == 409)
        #expect(connect.body == ["Message": "exists"])
        let rolesAnywhere = ServiceModel.rolesAnywhere.errorResponse(code: "ResourceNotFoundException", message: "gone")
        #expect(rolesAnywhere.status == 404)
        #expect(rolesAnywhere.body == ["message": "gone"])
        let sso = ServiceModel.sso.errorResponse(code: "UnauthorizedException", message: "invalid")
        #expect(sso.status == 401)
        #expect(sso.body == ["message": "invalid"])
        let oidc = ServiceModel.ssoOIDC.errorResponse(
            code: "InvalidGrantException", message: "Invalid refresh token provided", extra: ["error": "invalid_grant"])
        #expect(oidc.status == 400)
        #expect(oidc.body == ["error": "invalid_grant", "error_description": "Invalid refresh token provided"])
    }

    @Test func readsTheOAuthErrorDescriptionOfSSOOIDC() {
        let error = AWSErrorBody.parse(
            headers: [("x-amzn-ErrorType", "InvalidGrantException")],
            body: Array(#"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#.utf8))
        #expect(error == AWSErrorBody(code: "InvalidGrantException", message: "Invalid refresh token provided"))
    }
}
