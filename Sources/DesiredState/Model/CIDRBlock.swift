/// An IPv4 or IPv6 CIDR block, parsed rather than pattern-matched (botocore's `IpCidr` pattern has no `.`
/// and would reject every IPv4 block; see DESIGN.md). A block must name a network: host bits must be zero.
public struct CIDRBlock: Sendable, Hashable, CustomStringConvertible {
    /// Why a text is not a CIDR block.
    public struct ParseError: Error, Sendable, Hashable {
        /// A phrase such as "host bits are set; the network is 10.0.0.0/24".
        public var reason: String

        public init(reason: String) {
            self.reason = reason
        }
    }

    /// The network address: 4 bytes for IPv4, 16 for IPv6.
    public var address: [UInt8]
    public var prefixLength: Int

    public var isIPv4: Bool { address.count == 4 }

    /// Parses `address/prefix`.
    public static func parse(_ text: String) -> Result<CIDRBlock, ParseError> {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2 else {
            if pieces.count == 1, let bytes = parseAddress(pieces[0]) {
                let full = bytes.count == 4 ? 32 : 128
                return .failure(
                    ParseError(reason: "the /prefix length is missing (for a single address write \(text)/\(full))"))
            }
            return .failure(ParseError(reason: "expected an IPv4 or IPv6 address, \"/\" and a prefix length"))
        }
        guard let bytes = parseAddress(pieces[0]) else {
            return .failure(ParseError(reason: "\(pieces[0]) is not an IPv4 or IPv6 address"))
        }
        let maximum = bytes.count * 8
        let family = bytes.count == 4 ? "IPv4" : "IPv6"
        guard !pieces[1].isEmpty, pieces[1].allSatisfy({ $0.isASCII && $0.isNumber }), pieces[1].count <= 3,
            let prefix = Int(pieces[1]), pieces[1] == String(prefix)
        else {
            return .failure(
                ParseError(reason: "the prefix length \"\(pieces[1])\" is not a number from 0 to \(maximum)"))
        }
        guard prefix <= maximum else {
            return .failure(
                ParseError(reason: "the prefix length \(prefix) is out of range for \(family) (0 to \(maximum))"))
        }
        let network = CIDRBlock(address: masked(bytes, prefix: prefix), prefixLength: prefix)
        guard network.address == bytes else {
            return .failure(ParseError(reason: "host bits are set; the network is \(network)"))
        }
        return .success(network)
    }

    private static func masked(_ bytes: [UInt8], prefix: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = min(max(prefix - index * 8, 0), 8)
            return bits == 0 ? 0 : byte & UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
        }
    }

    static func parseAddress(_ text: Substring) -> [UInt8]? {
        text.contains(":") ? parseIPv6(text) : parseIPv4(text)
    }

    /// Four decimal octets without leading zeros.
    static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }),
                octet == "0" || !octet.hasPrefix("0"), let value = UInt8(octet)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    /// Eight groups of up to four hex digits, `::` once for a run of zero groups, optionally ending in an
    /// IPv4 address.
    static func parseIPv6(_ text: Substring) -> [UInt8]? {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains(".") {
                    guard let v4 = parseIPv4(piece) else { return nil }
                    result += [UInt16(v4[0]) << 8 | UInt16(v4[1]), UInt16(v4[2]) << 8 | UInt16(v4[3])]
                    continue
                }
                guard (1...4).contains(piece.count), piece.allSatisfy(\.isHexDigit),
                    let value = UInt16(piece, radix: 16)
                else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// The canonical text: dotted decimal for IPv4, RFC 5952 for IPv6 (lowercase, longest zero run as `::`).
    public var description: String {
        if isIPv4 {
            return address.map(String.init).joined(separator: ".") + "/\(prefixLength)"
        }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(address[$0]) << 8 | UInt16(address[$0 + 1]) }
        var best: (start: Int, length: Int) = (0, 0)
        var index = 0
        while index < 8 {
            var end = index
            while end < 8, groups[end] == 0 { end += 1 }
            if end - index > best.length { best = (index, end - index) }
            index = max(end, index + 1)
        }
        let hex = groups.map { String($0, radix: 16) }
        let text =
            best.length >= 2
            ? hex[..<best.start].joined(separator: ":") + "::"
                + hex[(best.start + best.length)...].joined(separator: ":")
            : hex.joined(separator: ":")
        return text + "/\(prefixLength)"
    }
}
