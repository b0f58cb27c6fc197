import SigV4
import Testing

@Suite struct URIEncodingTests {
    @Test func keepsOnlyUnreservedCharacters() {
        #expect(URIEncoding.encode("AZaz09-_.~") == "AZaz09-_.~")
        #expect(URIEncoding.encode("a b+c/d:e=f&g%") == "a%20b%2Bc%2Fd%3Ae%3Df%26g%25")
        #expect(URIEncoding.encode("ሴ") == "%E1%88%B4")
    }

    @Test func keepsSlashesInPaths() {
        #expect(URIEncoding.encode("/tags/arn%3Aaws", keepSlash: true) == "/tags/arn%253Aaws")
    }

    @Test func decodesPercentSequencesOnly() {
        #expect(URIEncoding.decode("a%20b+c%2fd%E1%88%B4") == "a b+c/dሴ")
        #expect(URIEncoding.decode("100%") == "100%")
        #expect(URIEncoding.decode("%zz") == "%zz")
    }

    @Test func removesDotSegmentsAndEmptySegments() {
        #expect(CanonicalRequest.removeDotSegments("/a/b/../c/./d") == "/a/c/d")
        #expect(CanonicalRequest.removeDotSegments("//a//b//") == "/a/b/")
        #expect(CanonicalRequest.removeDotSegments("/a/..") == "/")
        #expect(CanonicalRequest.removeDotSegments("/../..") == "/")
        #expect(CanonicalRequest.removeDotSegments("/a/.") == "/a")
    }

    @Test func canonicalQuerySortsByEncodedKeyThenValue() {
        #expect(CanonicalRequest.query("b=2&a=z&a=y&c") == "a=y&a=z&b=2&c=")
        #expect(CanonicalRequest.query("k=a%20b&k=a+b") == "k=a%20b&k=a%2Bb")
        #expect(CanonicalRequest.query("") == "")
    }

    @Test func headerValuesAreTrimmedFoldedAndJoined() {
        #expect(CanonicalRequest.headerValue(["  a   b\tc  ", "d"]) == "a b c,d")
    }
}
