import AWSModel
import DesiredState
import Testing

@Suite struct JSONParsingAndRendering {
    @Test func parsesStrictJSON() throws {
        let value = try JSONValue.parse(#" { "b": [1, -2.5e1, true, null], "a": "x\n\u00e9\ud83d\ude00" } "#).get()
        #expect(
            value
                == .object([
                    "a": .string("x\né😀"), "b": .array([.integer(1), .double(-25), .bool(true), .null]),
                ]))
    }

    @Test func rendersCanonicallyWithSortedKeys() {
        let value = JSONValue.object([
            "b": .array([.integer(1), .double(2.5), .double(3)]), "a": .string("q\"\\\u{1}"), "c": .object([:]),
        ])
        #expect(value.serialized() == #"{"a":"q\"\\\u0001","b":[1,2.5,3],"c":{}}"#)
        #expect(
            value.serialized(.pretty) == """
                {
                  "a": "q\\"\\\\\\u0001",
                  "b": [
                    1,
                    2.5,
                    3
                  ],
                  "c": {}
                }
                """)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "unexpected '}'; expected a string key at line 1, column 9 of the JSON text"),
        ("{\"a\": 1 \"b\": 2}", "unexpected '\"'; expected ',' or '}' at line 1, column 9 of the JSON text"),
        ("{\"a\": 1, \"a\": 2}", "duplicate key \"a\" at line 1, column 10 of the JSON text"),
        ("[1, 2]\n{}", "unexpected '{' after the JSON value at line 2, column 1 of the JSON text"),
        ("{\"a\": 01}", "unexpected '1'; expected ',' or '}' at line 1, column 8 of the JSON text"),
        ("{\"a\": .5}", "unexpected '.'; expected a value at line 1, column 7 of the JSON text"),
        ("\"tab\there\"", "control character U+0009 in a string; escape it at line 1, column 5 of the JSON text"),
        ("{\"a\": tru}", "unexpected 't'; expected a value at line 1, column 7 of the JSON text"),
        ("", "unexpected end of text; expected a value at line 1, column 1 of the JSON text"),
        ("{\"a\": \"\\x\"}", "invalid escape \\x in a string at line 1, column 8 of the JSON text"),
    ])
    func rejectsInvalidJSONWithAPosition(text: String, message: String) {
        switch JSONValue.parse(text) {
        case .success(let value): Issue.record("parsed \(value)")
        case .failure(let error): #expect(error.description == message)
        }
    }
}
