import AWSModel
import Foundation
import Testing

@Suite struct JSONValueTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONValue(parsing: #"{"a": [1, -2.5, 1e3, true, false, null, "x\u00e9\ud83d\ude00\n"]}"#)
        #expect(value == ["a": [1, .double(-2.5), .double(1000), true, false, nil, "xé😀\n"]])
    }

    @Test func keepsIntegersApartFromFractions() throws {
        #expect(try JSONValue(parsing: "3600") == .integer(3600))
        #expect(try JSONValue(parsing: "3600.5") == .double(3600.5))
        #expect(JSONValue.integer(3600).serialized() == "3600")
    }

    @Test func canonicalTextSortsKeysAndHasNoWhitespace() throws {
        let value = try JSONValue(parsing: #"{ "b" : 1, "a" : { "d": [], "c": {} } }"#)
        #expect(value.serialized() == #"{"a":{"c":{},"d":[]},"b":1}"#)
    }

    @Test func inlineTextIsOneLineWithASpaceAfterCommasAndColons() throws {
        let value = try JSONValue(parsing: #"{ "b" : ["x","y, z"], "a" : { "d": [], "c": {"e": 1} } }"#)
        #expect(value.serialized(.inline) == #"{"a": {"c": {"e": 1}, "d": []}, "b": ["x", "y, z"]}"#)
    }

    @Test func objectsCompareWithoutRegardToKeyOrder() throws {
        #expect(try JSONValue(parsing: #"{"a":1,"b":2}"#) == JSONValue(parsing: #"{"b":2,"a":1}"#))
    }

    @Test func prettyTextIsIndentedWithTwoSpaces() {
        let value: JSONValue = ["Version": "2012-10-17", "Statement": [["Effect": "Allow"]]]
        #expect(
            value.serialized(JSONFormatting(sortedKeys: true, pretty: true)) == """
                {
                  "Statement": [
                    {
                      "Effect": "Allow"
                    }
                  ],
                  "Version": "2012-10-17"
                }
                """
        )
    }

    @Test func escapesControlCharactersAndQuotes() {
        #expect(JSONValue.string("a\"b\\c\u{01}\t").serialized() == #""a\"b\\c\u0001\t""#)
    }

    @Test(arguments: [
        (#"{"a":1,"a":2}"#, "duplicate key \"a\" at line 1, column 8 of the JSON text"),
        ("[1,]", "unexpected ']'; expected a value at line 1, column 4 of the JSON text"),
        ("{} x", "unexpected 'x' after the JSON value at line 1, column 4 of the JSON text"),
        ("01", "unexpected '1' after the JSON value at line 1, column 2 of the JSON text"),
        ("[\n\"abc", "unterminated string at line 2, column 5 of the JSON text"),
        ("", "unexpected end of text; expected a value at line 1, column 1 of the JSON text"),
    ])
    func rejectsMalformedText(text: String, expected: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func roundTripsThroughCodable() throws {
        let value: JSONValue = ["n": 1, "d": .double(0.5), "s": "x", "l": [true, nil], "o": [:]]
        let encoded = try JSONEncoderRoundTrip.roundTrip(value)
        #expect(encoded == value)
    }
}

enum JSONEncoderRoundTrip {
    static func roundTrip(_ value: JSONValue) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
