import AWSModel
import Foundation
import Testing

@testable import Emulator

@Suite struct OutputEncoderTests {
    @Test func writesTimestampsInEachServicesFormat() {
        let connect = OutputEncoder.encode(
            ["SecurityProfile": ["LastModifiedTime": .double(1_700_000_000.25), "Unknown": "dropped"]],
            shape: "DescribeSecurityProfileResponse", in: .connect)
        #expect(connect == ["SecurityProfile": ["LastModifiedTime": .double(1_700_000_000.25)]])
        let roles = OutputEncoder.encode(
            ["profile": ["createdAt": .double(1_700_000_000.25)]], shape: "ProfileDetailResponse", in: .rolesAnywhere)
        #expect(roles == ["profile": ["createdAt": "2023-11-14T22:13:20.250Z"]])
    }

    @Test func formatsISO8601WithMilliseconds() {
        #expect(Timestamps.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamps.iso8601(Date(timeIntervalSince1970: 1_704_067_199.9996)) == "2024-01-01T00:00:00.000Z")
        #expect(Timestamps.parseISO8601("2024-01-15T09:30:00Z") == Date(timeIntervalSince1970: 1_705_311_000))
        #expect(Timestamps.parseISO8601("yesterday") == nil)
    }
}
