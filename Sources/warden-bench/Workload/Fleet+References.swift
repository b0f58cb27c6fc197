import AWSModel

extension Fleet {
    /// `value` with the instance references the generator writes (`${connect.<key>.arn}` and `.id`)
    /// replaced by what they stand for.
    func resolvingReferences(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let string) where string.contains("${"):
            var resolved = string
            for instance in instances {
                resolved = resolved.replacing(
                    "${connect.\(instance.key).arn}",
                    with: instance.arn(region: shape.region, accountId: shape.accountId)
                ).replacing("${connect.\(instance.key).id}", with: instance.id)
            }
            return .string(resolved)
        case .array(let items): return .array(items.map(resolvingReferences))
        case .object(let members): return .object(members.mapValues(resolvingReferences))
        default: return value
        }
    }
}
