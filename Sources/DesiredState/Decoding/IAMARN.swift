/// IAM ARN syntax: `arn:<partition>:iam::<account>:<type>/<optional path/><name>`.
enum IAMARN {
    /// `arn:aws…:iam::<12 digits>:role/[path/]name`, names of 1 to 64 characters from `[\w+=,.@-]`.
    static func isRole(_ text: String) -> Bool {
        guard let (account, resource) = split(text, type: "role") else { return false }
        return isAccount(account) && isPathAndName(resource, maxNameLength: 64)
    }

    /// `arn:aws…:iam::aws|<12 digits>:policy/[path/]name`, names of 1 to 128 characters.
    static func isPolicy(_ text: String) -> Bool {
        guard let (account, resource) = split(text, type: "policy") else { return false }
        return (account == "aws" || isAccount(account)) && isPathAndName(resource, maxNameLength: 128)
    }

    /// The account and the part after `<type>/`, if the ARN has IAM's shape.
    private static func split(_ text: String, type: String) -> (account: String, resource: Substring)? {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", isPartition(parts[1]), parts[2] == "iam", parts[3].isEmpty,
            parts[5].hasPrefix(type + "/")
        else { return nil }
        return (String(parts[4]), parts[5].dropFirst(type.count + 1))
    }

    /// `aws`, `aws-cn`, `aws-us-gov`, `aws-iso-b`, ...
    private static func isPartition(_ text: Substring) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.first == "aws"
            && pieces.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    private static func isAccount(_ text: String) -> Bool {
        text.count == 12 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `[path/]name`: path segments of printable ASCII, the name from `[A-Za-z0-9+=,.@_-]` (all ASCII, so
    /// bytes are characters).
    private static func isPathAndName(_ text: Substring, maxNameLength: Int) -> Bool {
        let segments = text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard let name = segments.last, (1...maxNameLength).contains(name.count), name.allSatisfy(isNameByte)
        else { return false }
        return segments.dropLast().allSatisfy { segment in
            !segment.isEmpty && segment.allSatisfy { (0x21...0x7E).contains($0) }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "+=,.@_-".utf8.contains(byte)
        }
    }
}
