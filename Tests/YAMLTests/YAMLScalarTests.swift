import Testing
import YAML

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        ("Agent", "Agent"),
        ("BasicAgentAccess", "BasicAgentAccess"),
        ("Team Lead @ EU", "Team Lead @ EU"),
        ("203.0.113.0/24", "203.0.113.0/24"),
        ("2001:db8::/32", "2001:db8::/32"),
        ("connect:Describe*", "connect:Describe*"),
        ("arn:aws:iam::111122223333:role/ConnectOps", "arn:aws:iam::111122223333:role/ConnectOps"),
        ("$${connect.prod.arn}", "$${connect.prod.arn}"),
    ])
    func plainWhenUnambiguous(text: String, written: String) {
        #expect(YAMLScalar.string(text) == written)
    }

    @Test(arguments: [
        ("yes", "\"yes\""), ("No", "\"No\""), ("on", "\"on\""), ("OFF", "\"OFF\""), ("y", "\"y\""),
        ("true", "\"true\""), ("False", "\"False\""), ("null", "\"null\""), ("~", "\"~\""), ("", "\"\""),
        ("123", "\"123\""), ("4410", "\"4410\""), ("-5", "\"-5\""), ("1e3", "\"1e3\""), ("1_000", "\"1_000\""),
        ("0x1F", "\"0x1F\""), ("0o17", "\"0o17\""), (".inf", "\".inf\""), ("-.Inf", "\"-.Inf\""),
        (".NaN", "\".NaN\""), ("12:30", "\"12:30\""), ("3.14", "\"3.14\""), ("2012-10-17", "\"2012-10-17\""),
        ("2024-1-5T09:00", "\"2024-1-5T09:00\""),
    ])
    func quotedWhenAnotherTypeCouldBeRead(text: String, written: String) {
        #expect(YAMLScalar.string(text) == written)
    }

    @Test(arguments: [
        ("*", "\"*\""), ("&anchor", "\"&anchor\""), ("- item", "\"- item\""), ("key: value", "\"key: value\""),
        ("ends with colon:", "\"ends with colon:\""), ("a #comment", "\"a #comment\""), ("#1", "\"#1\""),
        (" leading", "\" leading\""), ("trailing ", "\"trailing \""), ("!tag", "\"!tag\""), ("@home", "\"@home\""),
        ("{}", "\"{}\""), ("[x]", "\"[x]\""), ("|", "\"|\""), ("%YAML", "\"%YAML\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""), ("back\\slash", "\"back\\\\slash\""), ("two\nlines", "\"two\\nlines\""),
        ("tab\there", "\"tab\\there\""), ("Équipe", "\"Équipe\""), ("bell\u{7}", "\"bell\\x07\""),
        ("line\u{2028}sep", "\"line\\Lsep\""),
    ])
    func quotedWhenSyntaxCouldBeRead(text: String, written: String) {
        #expect(YAMLScalar.string(text) == written)
    }

    /// Whatever the emitter writes, libyaml and the core schema read back as the same string.
    @Test func everyWrittenStringReadsBackAsItself() throws {
        let samples = [
            "Agent", "yes", "NO", "true", "null", "~", "", "123", "-1", "+1", "1.5", ".5", "5.", "1e3", "0x1F", "0o7",
            ".inf", ".nan", "12:30:45", "2012-10-17", "*", "&a", "!b", "%c", "@d", "`e", "|f", ">g", "'h", "\"i",
            "- j", "? k", ": l", "m:", "n: o", "p #q", "#r", "s\nt", "u\tv", " w", "x ", "Équipe", "日本",
            "a\\b", "c\"d", "${connect.prod.arn}", "$${x}", "connect:*", "Name/*", "2001:db8::/32", "10.0.0.0/8",
            "[a]", "{b}", "a, b", "a]b", "a}b", "\u{85}", "\u{FEFF}bom", "\r\n", "a  b", "=", "<<",
        ]
        for sample in samples {
            let written = YAMLScalar.string(sample)
            let node = try YAMLParser().parse("key: \(written)\n", file: "sample.yaml")
            let scalar = try #require(node["key"]?.scalar, "\(written)")
            #expect(scalar.type == .string, "\(sample.debugDescription) written as \(written)")
            #expect(scalar.value == sample, "\(sample.debugDescription) written as \(written)")
            let asKey = try YAMLParser().parse("\(written): 1\n", file: "sample.yaml")
            #expect(asKey.mapping?.first?.keyScalar.value == sample, "\(sample.debugDescription) as a key")
        }
    }
}
