import AWSCore
import ArgumentParser

/// The options every command that talks to AWS takes, named as the AWS CLI names them.
struct AWSCommandOptions: ParsableArguments {
    @Option(help: "Use this profile from the shared AWS config and credentials files (default: AWS_PROFILE).")
    var profile: String?

    @Option(help: "The AWS Region for resources whose file does not name one (default: AWS_REGION).")
    var region: String?

    @Option(name: .customLong("endpoint-url"), help: "Send every request to this URL (for example a local emulator).")
    var endpointURL: String?

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp(
            "Client-side request rates: off, or SERVICE[.OPERATION|.GROUP]=RATE[/BURST] items separated by commas.",
            discussion:
                "The defaults are AWS's documented quotas: Connect 2/s (burst 5) per operation; Roles Anywhere 1/s "
                + "for profile operations and 1/s for tagging operations.",
            valueName: "settings"
        )
    )
    var rateLimit: String?

    @Flag(help: "Log every AWS request and response to standard error (credentials redacted).")
    var debug = false

    func access() throws -> AWSAccess {
        var limits = RateLimits.documentedDefaults
        if let rateLimit {
            do {
                try limits.apply(rateLimit)
            } catch {
                throw ValidationError("--rate-limit: \(error.message)")
            }
        }
        return AWSAccess(
            options: AWSOptions(profile: profile, region: region, endpointURL: endpointURL),
            rateLimits: limits,
            logger: AWSAccess.logger(debug: debug)
        )
    }
}
