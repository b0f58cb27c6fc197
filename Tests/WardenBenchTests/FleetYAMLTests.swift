import AWSModel
import Testing
import YAML

@testable import warden_bench

@Suite struct FleetYAMLTests {
    @Test func mappingsAreBlocksAndListsOfScalarsAreFlow() {
        let profile: JSONValue = [
            "permissions": ["BasicAgentAccess", "Users.View", "a, b"],
            "applications": [["namespace": "app", "permissions": ["ACCESS"]]],
            "tags": [:], "roles": [], "duration": 3600, "enabled": false, "name": "4400",
        ]
        #expect(
            YAMLBlock.mapping([.pair(key: "profile", value: Fleet.block(profile))]).text == """
                profile:
                  applications:
                    - namespace: app
                      permissions: [ACCESS]
                  duration: 3600
                  enabled: false
                  name: "4400"
                  permissions: [BasicAgentAccess, Users.View, "a, b"]
                  roles: []
                  tags: {}

                """)
    }
}
