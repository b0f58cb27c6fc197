/// How the report writes numbers.
enum Format {
    /// `18.4 s`, or `42 ms` under a second.
    static func seconds(_ value: Double) -> String {
        value < 1 ? "\(Int((value * 1_000).rounded())) ms" : fixed(value, 1) + " s"
    }

    /// `1.07×`.
    static func ratio(_ value: Double) -> String {
        fixed(value, 2) + "×"
    }

    /// `212 MB` (10^6 bytes).
    static func megabytes(_ bytes: Int) -> String {
        "\(Int((Double(bytes) / 1_000_000).rounded())) MB"
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = String(scaled / Int(scale))
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + whole }
        return sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `10,000`.
    static func count(_ value: Int) -> String {
        let digits = Array(String(abs(value)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
