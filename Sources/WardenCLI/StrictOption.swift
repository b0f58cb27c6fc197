import ArgumentParser

/// `--strict`, shared by the commands that load a desired-state file (validate, plan, apply FILE, drift).
struct StrictOption: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Treat every warning about the file as an error (an unknown permission name, a permission without "
                + "what it needs, a deprecated field): exit 1 and send nothing to AWS."
        )
    )
    var strict = false
}
