import AWSCore
import Testing

@Suite struct INIFileTests {
    @Test func readsSectionsValuesAndNestedValues() throws {
        let file = try INIFile(
            path: "config",
            text: """
                # a comment
                [default]
                region = eu-west-2
                ; another comment
                [services local]
                connect =
                  endpoint_url = http://127.0.0.1:4566
                rolesanywhere =
                \tendpoint_url = http://127.0.0.1:4567
                [profile dev]
                role_arn=arn:aws:iam::111122223333:role/Dev
                """
        )
        #expect(file.sections.map(\.name) == ["default", "services local", "profile dev"])
        #expect(file.section("default")?.values == ["region": "eu-west-2"])
        #expect(file.section("services local")?.nested["connect"] == ["endpoint_url": "http://127.0.0.1:4566"])
        #expect(file.section("services local")?.nested["rolesanywhere"] == ["endpoint_url": "http://127.0.0.1:4567"])
        #expect(file.section("profile dev")?.values["role_arn"] == "arn:aws:iam::111122223333:role/Dev")
    }

    @Test func mergesARepeatedSectionIntoTheFirst() throws {
        let file = try INIFile(path: "c", text: "[a]\nx = 1\n[b]\ny = 2\n[a]\nz = 3\n")
        #expect(file.section("a")?.values == ["x": "1", "z": "3"])
        #expect(file.sections.count == 2)
    }

    @Test func reportsEveryMalformedLine() {
        #expect {
            try INIFile(path: "/home/u/.aws/config", text: "region = x\n[default]\nnot a setting\n[broken\n = 1\n")
        } throws: { error in
            let error = error as? AWSError
            return error?.code == "ConfigParseError"
                && error?.message == """
                    Cannot parse /home/u/.aws/config:
                      /home/u/.aws/config:1: a setting must follow a [section] header
                      /home/u/.aws/config:3: expected 'key = value'
                      /home/u/.aws/config:4: a section header must be [name]
                      /home/u/.aws/config:5: the key before '=' is empty
                    """
        }
    }
}
