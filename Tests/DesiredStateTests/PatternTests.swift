import Testing

@testable import DesiredState

@Suite struct PatternTests {
    /// Every pattern Warden checks strings against, and a few more shapes of syntax.
    static let patterns: [String] =
        KindDescriptions.allPatterns() + [
            "a|bc|", "(ab)+c?", "x{2,3}y", "x{2,}", "[^a-c]+", "\\d\\w\\s", "(?=a)[a-z]+", "\\D\\W\\S", ".+",
            "^[a-z]*$", "([a-z])*", "[ a-z]{3,}",
        ]

    /// A fixed set of strings, and pseudo-random ones made of the characters the patterns care about.
    static let texts: [String] = {
        var texts = [
            "", "a", "Agent", "ops name-1_", "d-bad", "bench-cc01", "d", "-x", "x-", "a--b",
            "arn:aws:iam::111122223333:role/ConnectOps", "arn:aws-cn:iam::1:role/x", "arn:aws:iam::1:user/x",
            "arn:aws:iam:::role", "eu-west-2", "us-gov-west-1", "eu-west", "111122223333", "11112222333x",
            "00000003-0000-4000-8000-0000000000c8", "x00000003-0000-4000-8000-0000000000c8y", "aws:x", "connect:x",
            "Région 1", "tab\there", "x\ny", "a\u{7F}b", "é", "Ā", "\u{A0}", "٣", "ab", "abc", "c", "xxy", "xxxy",
            "xxxxy",
        ]
        let alphabet =
            Array("ab-_:/ .0129AZaws@=+é\tdxy")
            + ["arn:aws", ":iam", ":role", "d-", "connect:"]
            .flatMap { Array($0) }
        var state: UInt64 = 0x5EED
        for _ in 0..<400 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            texts.append(text)
        }
        return texts
    }()

    @Test(arguments: patterns)
    func matchesWhatSwiftRegexMatchesOnEveryText(_ source: String) throws {
        let pattern = try Pattern(source)
        let regex = try Regex(source)
        // Swift's \d, \w and \s take in non-ASCII digits, letters and spaces; Java's, like Warden's, do not
        // (`javaClassesAreASCII`).
        let asciiClasses = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S"].contains { source.contains($0) }
        for text in Self.texts where !asciiClasses || text.unicodeScalars.allSatisfy(\.isASCII) {
            let expected = (try regex.wholeMatch(in: text)) != nil
            #expect(pattern.wholeMatch(text) == expected, "\(source) against \(text.debugDescription)")
        }
    }

    @Test func matchesUnicodeScalarsAsAWSDoesNotGraphemeClusters() throws {
        // Java's regular expressions, which AWS uses, see "\r\n" as two code points and "e" plus a combining
        // accent as a letter and a mark; Swift's Regex would see one character in each.
        #expect(try Pattern("[\\u000A\\u000D]+").wholeMatch("\r\n"))
        #expect(try !Pattern("\\p{L}+").wholeMatch("e\u{301}"))
        #expect(try Pattern("\\p{L}+").wholeMatch("é"))
    }

    @Test func javaClassesAreASCII() throws {
        #expect(try !Pattern("\\d").wholeMatch("٣"))
        #expect(try Pattern("\\p{N}").wholeMatch("٣"))
        #expect(try !Pattern("\\w").wholeMatch("é"))
        #expect(try Pattern("\\W").wholeMatch("é"))
        #expect(try !Pattern("\\s").wholeMatch("\u{A0}"))
        #expect(try Pattern("\\p{Z}").wholeMatch("\u{A0}"))
    }

    @Test func searchTimeIsBoundedWhateverThePattern() throws {
        // Exponential for a naive backtracker; each (instruction, position) is visited once here.
        let text = String(repeating: "a", count: 200)
        #expect(try !Pattern("(a*)*b").wholeMatch(text))
        #expect(try Pattern("(a|aa)*").wholeMatch(text))
    }

    @Test func refusesWhatItDoesNotKnow() {
        let refused: [(String, String)] = [
            ("a*?", "lazy and possessive quantifiers are not supported at offset 2"),
            ("(?<name>x)", "only (?: ), (?= ) and (?! ) groups are supported at offset 2"),
            ("[a[b]]", "nested classes are not supported at offset 3"),
            ("\\p{Lu}", "only the categories L, N and Z are supported at offset 6"),
            ("\\q", "unsupported escape \\q at offset 2"),
            ("(a", "missing ) to close the group at offset 2"),
            ("a)", "unmatched ) at offset 1"),
            ("*a", "nothing to repeat at offset 1"),
            ("[z-a]", "the range's end is before its start at offset 4"),
            ("x{3,2}", "the quantifier's maximum is below its minimum at offset 5"),
        ]
        for (source, message) in refused {
            #expect(throws: PatternError.self) { try Pattern(source) }
            do {
                _ = try Pattern(source)
            } catch {
                #expect(error.description == message, "\(source)")
            }
        }
    }
}
