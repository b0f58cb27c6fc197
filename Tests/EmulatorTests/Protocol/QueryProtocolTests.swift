import AWSModel
import Testing

@testable import Emulator

@Suite struct QueryProtocolTests {
    @Test func readsAFormBody() {
        #expect(
            QueryProtocol.parameters(Array("Action=AssumeRole&RoleSessionName=a%20b+c&Empty=".utf8)) == [
                "Action": "AssumeRole", "RoleSessionName": "a b c", "Empty": "",
            ])
        #expect(QueryProtocol.parameters(Array("bad=%zz".utf8)) == nil)
    }

    @Test func rebuildsNestedMembersAndLists() throws {
        let parameters = [
            "RoleArn": "arn:aws:iam::111122223333:role/R", "RoleSessionName": "s1", "DurationSeconds": "900",
            "PolicyArns.member.1.arn": "arn:aws:iam::aws:policy/A",
            "PolicyArns.member.2.arn": "arn:aws:iam::aws:policy/B",
            "Tags.member.1.Key": "team", "Tags.member.1.Value": "cc", "TransitiveTagKeys.member.1": "team",
        ]
        let input = try QueryProtocol.input(parameters, shape: "AssumeRoleRequest", in: .sts)
        #expect(
            input == [
                "RoleArn": "arn:aws:iam::111122223333:role/R", "RoleSessionName": "s1", "DurationSeconds": 900,
                "PolicyArns": [["arn": "arn:aws:iam::aws:policy/A"], ["arn": "arn:aws:iam::aws:policy/B"]],
                "Tags": [["Key": "team", "Value": "cc"]], "TransitiveTagKeys": ["team"],
            ])
    }

    @Test func refusesAValueOfTheWrongType() {
        #expect(throws: QueryProtocol.DecodingError(message: "Cannot convert 'soon' to an integer for DurationSeconds"))
        {
            try QueryProtocol.input(["DurationSeconds": "soon"], shape: "AssumeRoleRequest", in: .sts)
        }
    }

    @Test func writesTheResultWrapperAndEscapes() {
        let response = QueryProtocol.success(
            ["Account": "111122223333", "Arn": "arn:<&>", "UserId": "AIDA"],
            operation: ServiceModel.sts.operation("GetCallerIdentity"), model: .sts, requestId: "req-1")
        #expect(
            response.text
                == "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Account>111122223333</Account><Arn>arn:&lt;&amp;&gt;</Arn>"
                + "<UserId>AIDA</UserId></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
    }
}
