import DesiredState
import Testing

@Suite struct CIDRBlocks {
    @Test(arguments: [
        ("203.0.113.0/24", "203.0.113.0/24"),
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("10.1.2.3/32", "10.1.2.3/32"),
        ("2001:DB8::/32", "2001:db8::/32"),
        ("2001:0db8:0000:0000:0000:0000:0000:0000/32", "2001:db8::/32"),
        ("::/0", "::/0"),
        ("::1/128", "::1/128"),
        ("2001:db8:0:0:1:0:0:1/128", "2001:db8::1:0:0:1/128"),
        ("2001:db8:1:0:0:0:0:0/48", "2001:db8:1::/48"),
        ("::ffff:192.0.2.128/128", "::ffff:c000:280/128"),
    ])
    func parsesAndPrintsCanonically(text: String, canonical: String) throws {
        #expect(try CIDRBlock.parse(text).get().description == canonical)
    }

    @Test(arguments: [
        ("203.0.113.7/24", "host bits are set; the network is 203.0.113.0/24"),
        ("2001:db8::1/32", "host bits are set; the network is 2001:db8::/32"),
        ("203.0.113.0", "the /prefix length is missing (for a single address write 203.0.113.0/32)"),
        ("2001:db8::1", "the /prefix length is missing (for a single address write 2001:db8::1/128)"),
        ("010.0.0.0/8", "010.0.0.0 is not an IPv4 or IPv6 address"),
        ("1.2.3/8", "1.2.3 is not an IPv4 or IPv6 address"),
        ("1:2:3:4:5:6:7:8:9/64", "1:2:3:4:5:6:7:8:9 is not an IPv4 or IPv6 address"),
        ("1::2::3/64", "1::2::3 is not an IPv4 or IPv6 address"),
        ("fe80::1%eth0/64", "fe80::1%eth0 is not an IPv4 or IPv6 address"),
        ("10.0.0.0/08", "the prefix length \"08\" is not a number from 0 to 32"),
        ("10.0.0.0/", "the prefix length \"\" is not a number from 0 to 32"),
        ("10.0.0.0/8/8", "expected an IPv4 or IPv6 address, \"/\" and a prefix length"),
    ])
    func rejectsWhatIsNotANetwork(text: String, reason: String) {
        #expect(throws: CIDRBlock.ParseError(reason: reason)) { try CIDRBlock.parse(text).get() }
    }
}
