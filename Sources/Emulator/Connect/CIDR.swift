#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// IPv4 and IPv6 CIDR blocks, parsed rather than pattern-matched: Connect's model pattern for `IpCidr`
/// (`^[A-Za-z0-9:/]*$`) has no `.` and would refuse every IPv4 range (DESIGN.md section 1).
enum CIDR {
    /// Whether `text` is `address/prefix` with a valid IPv4 (prefix 0-32) or IPv6 (0-128) address.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]), parts[1].allSatisfy(\.isASCII),
            parts[1].allSatisfy(\.isNumber)
        else { return false }
        let address = String(parts[0])
        if address.contains(":") {
            var buffer = in6_addr()
            return (0...128).contains(prefix) && inet_pton(AF_INET6, address, &buffer) == 1
        }
        let octets = address.split(separator: ".", omittingEmptySubsequences: false)
        return (0...32).contains(prefix) && octets.count == 4
            && octets.allSatisfy { octet in
                !octet.isEmpty && octet.count <= 3 && octet.allSatisfy { $0.isASCII && $0.isNumber }
                    && (Int(octet) ?? 256) <= 255
            }
    }
}
