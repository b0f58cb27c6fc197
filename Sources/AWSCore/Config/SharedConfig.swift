import Foundation

/// The AWS shared config file (`~/.aws/config`, or `AWS_CONFIG_FILE`) and credentials file
/// (`~/.aws/credentials`, or `AWS_SHARED_CREDENTIALS_FILE`), read once.
///
/// In the config file a profile is `[profile name]` (or `[default]`); in the credentials file it is
/// `[name]`. A profile's settings are the union of both, the credentials file winning.
public struct SharedConfig: Sendable, Hashable {
    /// One profile's settings.
    public struct Profile: Sendable, Hashable {
        public var name: String
        public var values: [String: String]
        /// Where the profile was found, for messages (`~/.aws/config`, ...).
        public var sources: [String]

        public subscript(key: String) -> String? {
            guard let value = values[key], !value.isEmpty else { return nil }
            return value
        }
    }

    public var configFile: INIFile?
    public var credentialsFile: INIFile?
    public var configPath: String
    public var credentialsPath: String

    /// Reads both files; a missing file is treated as empty, an unreadable or malformed one is an error.
    public init(environment: AWSEnvironment) throws(AWSError) {
        configPath = environment.expandingTilde(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config")
        credentialsPath = environment.expandingTilde(
            environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials"
        )
        configFile = try Self.read(configPath)
        credentialsFile = try Self.read(credentialsPath)
    }

    public init(configFile: INIFile?, credentialsFile: INIFile?) {
        self.configFile = configFile
        self.credentialsFile = credentialsFile
        configPath = configFile?.path ?? ""
        credentialsPath = credentialsFile?.path ?? ""
    }

    private static func read(_ path: String) throws(AWSError) -> INIFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // Read through a handle: /dev/null (how users say "no config file") and pipes have no size to read by.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .configuration("Cannot read \(path): permission denied or not a file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .configuration("Cannot read \(path): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .configuration("Cannot read \(path): it is not UTF-8 text")
        }
        return try INIFile(path: path, text: text)
    }

    /// The profile called `name`, or nil when neither file has it.
    public func profile(_ name: String) -> Profile? {
        var values: [String: String] = [:]
        var sources: [String] = []
        if let configFile {
            let sectionNames = name == "default" ? ["default", "profile default"] : ["profile \(name)"]
            for sectionName in sectionNames {
                if let section = configFile.section(sectionName) {
                    values.merge(section.values) { _, new in new }
                    sources.append(configFile.path)
                }
            }
        }
        if let credentialsFile, let section = credentialsFile.section(name) {
            values.merge(section.values) { _, new in new }
            sources.append(credentialsFile.path)
        }
        return sources.isEmpty ? nil : Profile(name: name, values: values, sources: sources)
    }

    /// The settings of `serviceKey` (`connect`, `rolesanywhere`, `sts`) in the config file's
    /// `[services name]` section.
    public func serviceSettings(section name: String, service serviceKey: String) -> [String: String]? {
        configFile?.section("services \(name)")?.nested[serviceKey]
    }

    /// The keys only the credentials file section of `name` sets (static keys live there).
    func credentialsFileValues(_ name: String) -> [String: String]? {
        credentialsFile?.section(name)?.values
    }

    /// The keys only the config file section of `name` sets.
    func configFileValues(_ name: String) -> [String: String]? {
        guard let configFile else { return nil }
        let names = name == "default" ? ["default", "profile default"] : ["profile \(name)"]
        let sections = names.compactMap { configFile.section($0) }
        guard !sections.isEmpty else { return nil }
        return sections.reduce(into: [:]) { $0.merge($1.values) { _, new in new } }
    }
}
