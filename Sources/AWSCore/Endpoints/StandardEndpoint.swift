/// The standard endpoints of the services Warden calls, as their botocore endpoint rule sets
/// (`endpoint-rule-set-1.json`) build them.
enum StandardEndpoint {
    /// Options that select an endpoint variant.
    struct Variant: Hashable {
        var fips = false
        var dualStack = false
    }

    /// The endpoint prefixes whose rule sets answer a FIPS request in `aws-us-gov` with the plain host name.
    static let fipsByDefaultInGovCloud: Set<String> = ["connect", "sts", "portal.sso", "oidc"]

    static func host(service: AWSService, region: String, variant: Variant) -> (host: String, signingRegion: String) {
        let partition = Partition.of(region: region)
        let prefix = service.endpointPrefix
        let suffix = variant.dualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix
        if variant.fips {
            // In GovCloud, the Connect, STS and Identity Center endpoints are FIPS already and have no -fips
            // host name.
            let fipsIsDefault =
                partition.id == Partition.awsUSGov.id && !variant.dualStack
                && Self.fipsByDefaultInGovCloud.contains(service.endpointPrefix)
            if fipsIsDefault {
                return ("\(prefix).\(region).amazonaws.com", region)
            }
            return ("\(prefix)-fips.\(region).\(suffix)", region)
        }
        if service.endpointPrefix == "sts" && region == "aws-global" && !variant.dualStack {
            return ("sts.amazonaws.com", "us-east-1")
        }
        return ("\(prefix).\(region).\(suffix)", region)
    }

    /// A region must be a valid host label (letters, digits and hyphens).
    static func isValidRegion(_ region: String) -> Bool {
        !region.isEmpty && region.count <= 63 && !region.hasPrefix("-") && !region.hasSuffix("-")
            && region.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
