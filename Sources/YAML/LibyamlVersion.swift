import CYAML

/// The version of the libyaml library Warden is linked against, e.g. `0.2.5`.
public var libyamlVersion: String {
    String(cString: yaml_get_version_string())
}
