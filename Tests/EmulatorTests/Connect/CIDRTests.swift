import Testing

@testable import Emulator

@Suite struct CIDRTests {
    @Test(arguments: [
        "203.0.113.0/24", "10.0.0.0/8", "0.0.0.0/0", "192.168.1.1/32", "2001:db8::/32", "::/0", "fe80::1/128",
    ])
    func accepts(_ block: String) {
        #expect(CIDR.isValid(block))
    }

    @Test(arguments: [
        "203.0.113.0", "10.0.0.0/33", "256.0.0.0/8", "10.0.0/8", "2001:db8::/129", "2001:zz8::/32", "abc", "10.0.0.0/x",
        "10.0.0.0/-1", "",
    ])
    func refuses(_ block: String) {
        #expect(!CIDR.isValid(block))
    }
}
