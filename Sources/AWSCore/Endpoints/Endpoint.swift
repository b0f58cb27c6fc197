import Foundation

/// Where requests go: `scheme://host[:port][/basePath]`.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int?
    public var basePath: String

    public init(scheme: String = "https", host: String, port: Int? = nil, basePath: String = "") {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.basePath = basePath
    }

    /// Parses an absolute `http`/`https` URL such as an `--endpoint-url`; a query or fragment is refused.
    public init(url text: String) throws(AWSError) {
        func refuse(_ reason: String) -> AWSError {
            .configuration("Invalid endpoint URL '\(text)': \(reason).", code: "InvalidEndpointURL")
        }
        guard let separator = text.range(of: "://") else { throw refuse("it needs a scheme, like https://") }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { throw refuse("the scheme must be http or https") }
        let rest = text[separator.upperBound...]
        guard !rest.contains("?"), !rest.contains("#") else { throw refuse("it cannot have a query or fragment") }
        let authority = rest.prefix { $0 != "/" }
        let path = String(rest.dropFirst(authority.count))
        guard !authority.isEmpty, !authority.contains("@") else { throw refuse("it needs a host") }
        var host = String(authority)
        var port: Int?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw refuse("the IPv6 address is not closed") }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") {
                guard let number = Int(after.dropFirst()) else { throw refuse("the port is not a number") }
                port = number
            } else if !after.isEmpty {
                throw refuse("unexpected text after the host")
            }
            host = String(host[...close])
        } else if let colon = host.lastIndex(of: ":") {
            guard let number = Int(host[host.index(after: colon)...]) else { throw refuse("the port is not a number") }
            port = number
            host = String(host[..<colon])
        }
        guard !host.isEmpty else { throw refuse("it needs a host") }
        if let port, !(1...65_535).contains(port) { throw refuse("the port is out of range") }
        self.init(scheme: scheme, host: host.lowercased(), port: port, basePath: path == "/" ? "" : path)
    }

    /// `scheme://host[:port]`
    public var origin: String { "\(scheme)://\(hostHeader)" }

    /// The `Host` header: the host, with the port unless it is the scheme's default.
    public var hostHeader: String {
        guard let port, !(scheme == "https" && port == 443), !(scheme == "http" && port == 80) else { return host }
        return "\(host):\(port)"
    }

    public var description: String { origin + basePath }
}
