import Testing
import YAML

@Test func linksAgainstLibyamlZeroPointTwo() {
    #expect(libyamlVersion.hasPrefix("0.2."))
}
