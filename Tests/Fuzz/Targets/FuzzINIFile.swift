import AWSCore

/// libFuzzer target: any bytes as the shared config and credentials files. The INI reader answers with the
/// sections or an `AWSError` naming the bad lines; every section it reads can be looked up as a profile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzINIFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else {
        return 0
    }
    let file: INIFile
    do {
        file = try INIFile(path: "fuzz-config", text: text)
    } catch {
        if error.kind != .configuration || error.message.isEmpty {
            fatalError("INIFile threw an unexpected error: \(error)")
        }
        return 0
    }
    let config = SharedConfig(configFile: file, credentialsFile: file)
    for section in file.sections {
        if file.section(section.name) == nil { fatalError("section [\(section.name)] cannot be looked up") }
        let profileName = section.name.hasPrefix("profile ") ? String(section.name.dropFirst(8)) : section.name
        if config.profile(profileName) == nil { fatalError("profile \(profileName) cannot be looked up") }
    }
    return 0
}
