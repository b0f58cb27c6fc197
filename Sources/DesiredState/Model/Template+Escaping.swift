extension Template {
    /// How to write `literal` in a field that may hold references, so that it reads back as exactly
    /// `literal` and never as a reference: each `${` becomes `$${`, except IAM policy variables (`${aws:…}`,
    /// `${*}`, `${?}`, `${$}`), which Warden leaves as they are anyway.
    public static func source(forLiteral literal: String) -> String {
        var out = ""
        var rest = Substring(literal)
        var previous: Character?
        while let dollar = rest.firstIndex(of: "$") {
            out += rest[..<dollar]
            if rest[..<dollar].last != nil { previous = rest[..<dollar].last }
            let after = rest[rest.index(after: dollar)...]
            guard after.first == "{" else {
                out += "$"
                previous = "$"
                rest = after
                continue
            }
            let body = after.dropFirst()
            if previous != "$", let close = body.firstIndex(of: "}") {
                let content = body[..<close]
                if content.contains(":") || ["*", "?", "$"].contains(content) {
                    out += "${\(content)}"
                    previous = "}"
                    rest = body[body.index(after: close)...]
                    continue
                }
            }
            out += "$${"
            previous = "{"
            rest = body
        }
        return out + rest
    }
}
