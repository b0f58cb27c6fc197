import Testing

@testable import DesiredState

@Suite struct IAMARNs {
    @Test(arguments: [
        "arn:aws:iam::111122223333:role/ConnectOps",
        "arn:aws:iam::111122223333:role/service-role/path/Ops+=,.@_-",
        "arn:aws-us-gov:iam::111122223333:role/Ops",
        "arn:aws-iso-b:iam::111122223333:role/Ops",
    ])
    func acceptsRoleARNs(arn: String) {
        #expect(IAMARN.isRole(arn))
    }

    @Test(arguments: [
        "arn:aws:iam::11112222333:role/Ops", "arn:aws:iam::111122223333:user/Ops",
        "arn:aws:iam:eu-west-2:111122223333:role/Ops", "arn:aws:sts::111122223333:role/Ops",
        "arn:aws:iam::111122223333:role/", "arn:aws:iam::111122223333:role/a b",
        "arn:azure:iam::111122223333:role/Ops", "arn:aws:iam::111122223333:role//Ops",
    ])
    func rejectsWhatIsNotARoleARN(arn: String) {
        #expect(!IAMARN.isRole(arn))
    }

    @Test func policyARNsMayBelongToAWSOrAnAccount() {
        #expect(IAMARN.isPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess"))
        #expect(IAMARN.isPolicy("arn:aws:iam::aws:policy/service-role/AmazonConnectServiceRole"))
        #expect(IAMARN.isPolicy("arn:aws:iam::111122223333:policy/Ops"))
        #expect(!IAMARN.isPolicy("arn:aws:iam::amazon:policy/Ops"))
        #expect(!IAMARN.isPolicy("arn:aws:iam::111122223333:role/Ops"))
    }
}
