import AWSModel
import Foundation

extension Fleet {
    /// `value` with the instance references the generator writes (`${connect.<key>.arn}` and `.id`)
    /// replaced by what they stand for.
    func resolvingReferences(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let string) where string.contains("${connect."):
            var resolved = ""
            var rest = Substring(string)
            while let start = rest.range(of: "${connect.") {
                resolved += rest[..<start.lowerBound]
                let body = rest[start.upperBound...]
                guard let close = body.firstIndex(of: "}") else { break }
                let reference = body[..<close].split(separator: ".", maxSplits: 1).map(String.init)
                let instance = instances.first { $0.key == reference.first }
                switch (instance, reference.last) {
                case (let instance?, "arn"): resolved += instance.arn(region: shape.region, accountId: shape.accountId)
                case (let instance?, "id"): resolved += instance.id
                default: resolved += rest[start.lowerBound...close]
                }
                rest = body[body.index(after: close)...]
            }
            return .string(resolved + rest)
        case .array(let items): return .array(items.map(resolvingReferences))
        case .object(let members): return .object(members.mapValues(resolvingReferences))
        default: return value
        }
    }
}
