import AWSModel
import Foundation
import Testing

@Suite struct ServiceModelTests {
    @Test func embedsEveryOperationInScope() {
        #expect(ServiceModel.connect.operations.count == 19)
        let flowModules = ServiceModel.connect.operation("ListContactFlowModules")
        #expect(flowModules.method == "GET")
        #expect(flowModules.requestURI == "/contact-flow-modules-summary/{InstanceId}")
        #expect(ServiceModel.rolesAnywhere.operations.count == 12)
        #expect(
            ServiceModel.sts.operations.keys.sorted() == [
                "AssumeRole", "AssumeRoleWithWebIdentity", "GetCallerIdentity",
            ])
        #expect(ServiceModel.connect.signingName == "connect")
        #expect(ServiceModel.rolesAnywhere.signingName == "rolesanywhere")
        #expect(ServiceModel.sts.wireProtocol == "query")
    }

    @Test func readsHTTPBindingsAndSuccessCodes() {
        let create = ServiceModel.rolesAnywhere.operation("CreateProfile")
        #expect(create.method == "POST")
        #expect(create.requestURI == "/profiles")
        #expect(create.successCode == 201)
        let update = ServiceModel.rolesAnywhere.operation("UpdateProfile")
        #expect(update.method == "PATCH")
        #expect(ServiceModel.connect.operation("CreateSecurityProfile").method == "PUT")
    }

    @Test func readsQueryProtocolTraits() {
        let sts = ServiceModel.sts
        #expect(sts.xmlNamespace == "https://sts.amazonaws.com/doc/2011-06-15/")
        #expect(sts.operation("AssumeRole").resultWrapper == "AssumeRoleResult")
        #expect(sts.operation("AssumeRole").requiresSignature)
        #expect(!sts.operation("AssumeRoleWithWebIdentity").requiresSignature)
        #expect(ServiceModel.connect.xmlNamespace == nil)
        #expect(ServiceModel.connect.operation("ListInstances").resultWrapper == nil)
    }

    @Test func readsConstraints() {
        let connect = ServiceModel.connect
        let duration = connect.shape("InactivityDuration")
        #expect(duration.min == 15 && duration.max == 720)
        #expect(connect.shape("PermissionsList").max == 500)
        #expect(connect.shape("TagMap").min == 1)
        #expect(connect.shape("ListInstancesRequest").members["MaxResults"]?.location == .querystring)
        #expect(connect.shape("MaxResult10").max == 10)
    }

    @Test func readsErrorTraits() {
        #expect(ServiceModel.connect.errorShape(code: "DuplicateResourceException")?.error?.httpStatusCode == 409)
        #expect(ServiceModel.connect.errorShape(code: "ThrottlingException")?.error?.httpStatusCode == 429)
        #expect(ServiceModel.rolesAnywhere.errorShape(code: "AccessDeniedException")?.error?.httpStatusCode == 403)
    }

    @Test func readsPaginators() {
        let list = ServiceModel.connect.paginators["ListSecurityProfiles"]
        #expect(list?.inputToken == "NextToken")
        #expect(list?.limitKey == "MaxResults")
        #expect(list?.resultKeys == ["SecurityProfileSummaryList"])
        #expect(ServiceModel.rolesAnywhere.paginators["ListProfiles"]?.outputToken == "nextToken")
    }

    @Test func timestampsFollowEachServicesFormat() {
        let connect = ServiceModel.connect
        #expect(connect.timestampFormat(of: connect.shape("Timestamp")) == .unixTimestamp)
        let rolesAnywhere = ServiceModel.rolesAnywhere
        #expect(rolesAnywhere.timestampFormat(of: rolesAnywhere.shape("SyntheticTimestamp_date_time")) == .iso8601)
    }

    @Test(arguments: [ServiceModel.connect, .rolesAnywhere, .sts])
    func everyPatternCompiles(model: ServiceModel) throws {
        for shape in model.shapes.values {
            if let pattern = shape.pattern {
                _ = try NSRegularExpression(pattern: pattern)
            }
        }
    }
}
