import AWSModel
import Testing

@testable import warden_bench

@Suite struct YAMLWriterTests {
    @Test func stringsArePlainOnlyWhenYAMLReadsThemBackAsTheSameString() {
        #expect(YAMLWriter.scalar("BasicAgentAccess") == "BasicAgentAccess")
        #expect(YAMLWriter.scalar("Team 004") == "Team 004")
        #expect(YAMLWriter.scalar("4400") == "\"4400\"")
        #expect(YAMLWriter.scalar("true") == "\"true\"")
        #expect(YAMLWriter.scalar("no") == "\"no\"")
        #expect(YAMLWriter.scalar("a: b") == "\"a: b\"")
        #expect(YAMLWriter.scalar("${connect.cc01.arn}/*") == "\"${connect.cc01.arn}/*\"")
        #expect(YAMLWriter.scalar("") == "\"\"")
        #expect(YAMLWriter.scalar("trailing ") == "\"trailing \"")
    }

    @Test func mappingsAreBlocksAndListsOfScalarsAreFlow() {
        var writer = YAMLWriter()
        writer.field(
            "profile",
            [
                "permissions": ["BasicAgentAccess", "Users.View"],
                "applications": [["namespace": "app", "permissions": ["ACCESS"]]],
                "tags": [:], "roles": [], "duration": 3600, "enabled": false,
            ],
            indent: 0)
        #expect(
            writer.text == """
                profile:
                  applications:
                    - namespace: app
                      permissions: [ACCESS]
                  duration: 3600
                  enabled: false
                  permissions: [BasicAgentAccess, Users.View]
                  roles: []
                  tags: {}

                """)
    }
}
