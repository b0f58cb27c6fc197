import AWSCore
import AWSModel
import AWSTestSupport
import ConnectAPI
import Foundation
import Testing

@Suite struct ConnectPaginationTests {
    @Test func followsNextTokenWithTheLargestPageSize() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(
                200, #"{"SecurityProfileSummaryList":[{"Name":"A"},{"Name":"B"}],"NextToken":"t/2"}"#),
            ScriptedTransport.json(200, #"{"SecurityProfileSummaryList":[{"Name":"C"}],"NextToken":"t3"}"#),
            ScriptedTransport.json(200, #"{"SecurityProfileSummaryList":[{"Name":"D"}]}"#),
        ])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        let summaries = try await connect.listSecurityProfilesPaginator(ListSecurityProfilesRequest(instanceId: "i-1"))
            .collect(\.securityProfileSummaryList)
        #expect(summaries.map(\.name) == ["A", "B", "C", "D"])
        #expect(
            transport.requests.map(\.target) == [
                "/security-profiles-summary/i-1?maxResults=1000",
                "/security-profiles-summary/i-1?maxResults=1000&nextToken=t%2F2",
                "/security-profiles-summary/i-1?maxResults=1000&nextToken=t3",
            ])
    }

    @Test func listInstancesAsksForTenAtATime() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"InstanceSummaryList":[]}"#)])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        var pages = 0
        for try await _ in try connect.listInstancesPaginator(ListInstancesRequest()) { pages += 1 }
        #expect(pages == 1)
        #expect(transport.requests.map(\.target) == ["/instance?maxResults=10"])
    }

    @Test func aPageSizeInTheInputIsKept() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"Permissions":["A"]}"#)])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        let permissions = try await connect.listSecurityProfilePermissionsPaginator(
            ListSecurityProfilePermissionsRequest(securityProfileId: "p", instanceId: "i", maxResults: 7)
        )
        .collect(\.permissions)
        #expect(permissions == ["A"])
        #expect(transport.requests.first?.query == "maxResults=7")
    }

    @Test func aRepeatedTokenStopsThePagination() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"UserHierarchyGroupSummaryList":[],"NextToken":"same"}"#),
            ScriptedTransport.json(200, #"{"UserHierarchyGroupSummaryList":[],"NextToken":"same"}"#),
        ])
        let connect = ConnectClient(client: try makeTestClient(transport: transport))
        await #expect {
            _ = try await connect.listUserHierarchyGroupsPaginator(ListUserHierarchyGroupsRequest(instanceId: "i"))
                .collect(\.userHierarchyGroupSummaryList)
        } throws: { error in
            (error as? AWSError)?.message == "ListUserHierarchyGroups returned the same NextToken twice."
        }
    }

    @Test func everyConnectListHasAPaginatorWithItsModelMaximum() throws {
        let client = ConnectClient(client: try makeTestClient(transport: ScriptedTransport([]))).client
        #expect(client.largestPageSize(for: "ListInstances")?.size == 10)
        for operation in [
            "ListAuthenticationProfiles", "ListSecurityProfiles", "ListSecurityProfilePermissions",
            "ListSecurityProfileApplications", "ListSecurityProfileFlowModules", "ListUserHierarchyGroups",
        ] {
            #expect(client.largestPageSize(for: operation)?.member == "MaxResults", "\(operation)")
            #expect(client.largestPageSize(for: operation)?.size == 1_000, "\(operation)")
        }
    }
}
