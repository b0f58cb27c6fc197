import Testing
import YAML

@Suite struct CoreSchemaTyping {
    @Test(arguments: [
        ("~", ScalarType.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool), ("True", .bool), ("TRUE", .bool), ("false", .bool), ("False", .bool), ("FALSE", .bool),
        ("yes", .string), ("no", .string), ("on", .string), ("off", .string), ("y", .string), ("n", .string),
        ("0", .int), ("-17", .int), ("+42", .int), ("0o17", .int), ("0x1F", .int), ("007", .int),
        ("0o8", .string), ("0xG", .string), ("1_000", .string),
        ("1.5", .float), ("-.5", .float), ("5.", .float), ("1e3", .float), ("2.5E-3", .float),
        (".inf", .float), ("-.Inf", .float), ("+.INF", .float), (".nan", .float), (".NaN", .float),
        (".", .string), ("1e", .string), ("e3", .string), ("2012-10-17", .string), ("12:30", .string),
        ("nullable", .string), ("truely", .string),
    ])
    func plainScalarsResolveByTheCoreSchema(text: String, type: ScalarType) throws {
        let node = try root("value: \(text)\n")
        #expect(node["value"]?.scalar?.type == type)
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
        let node = try root("a: 'true'\nb: \"1\"\nc: |\n  null\nd: >\n  2\n")
        let types = try #require(node.mapping).map(\.value.scalar?.type)
        #expect(types == [.string, .string, .string, .string])
    }

    @Test func standardTagsSetTheType() throws {
        let node = try root("a: !!str 1\nb: !!int \"12\"\nc: !!float 3\nd: !!bool false\ne: ! 5\nf: !!null ~\n")
        let types = try #require(node.mapping).map(\.value.scalar?.type)
        #expect(types == [.string, .int, .float, .bool, .string, .null])
    }

    @Test func numericAccessorsReadEveryNotation() throws {
        let node = try root("[0o17, 0x1F, +42, -7, 1.5, -.inf, 99999999999999999999, true]")
        let scalars = try #require(node.sequence).map { $0.scalar! }
        #expect(scalars[0].intValue == 15)
        #expect(scalars[1].intValue == 31)
        #expect(scalars[2].intValue == 42)
        #expect(scalars[3].intValue == -7)
        #expect(scalars[4].doubleValue == 1.5)
        #expect(scalars[5].doubleValue == -.infinity)
        #expect(scalars[6].type == .int)
        #expect(scalars[6].intValue == nil)
        #expect(scalars[7].boolValue == true)
        #expect(scalars[7].intValue == nil)
    }
}
