import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The AWS CLI's IAM Identity Center token cache: `~/.aws/sso/cache/<key>.json`, where the key is the SHA-1
/// (hex) of the `sso-session` name, or of the start URL for a profile in the older form (botocore's
/// `SSOTokenLoader`).
struct SSOTokenCache: Sendable {
    var directory: String

    init(environment: AWSEnvironment) {
        directory = environment.expandingTilde("~/.aws/sso/cache")
    }

    init(directory: String) {
        self.directory = directory
    }

    /// The file of the token of a session name or start URL.
    func path(for cacheKey: String) -> String {
        let digest = Insecure.SHA1.hash(data: Data(cacheKey.utf8))
        return directory + "/" + digest.map { String(format: "%02x", $0) }.joined() + ".json"
    }

    /// The cached token, or nil when there is no file.
    func load(_ cacheKey: String) throws(AWSError) -> SSOToken? {
        let path = path(for: cacheKey)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .credentials("Cannot read the IAM Identity Center token cache \(path).", code: "InvalidToken")
        }
        return try SSOToken(json: Array(data), path: path)
    }

    /// Replaces the cached token atomically, as botocore's `JSONFileCache` does: the JSON goes to a new
    /// file (mode 0600) in the cache directory, is flushed to disk, and is renamed over the old one, so a
    /// reader sees the old file or the new one, never half of one.
    func save(_ token: SSOToken, for cacheKey: String) throws(AWSError) {
        let path = path(for: cacheKey)
        func failure(_ what: String) -> AWSError {
            let reason = String(cString: strerror(errno))
            return .credentials("Cannot write the refreshed IAM Identity Center token to \(path): \(what): \(reason).")
        }
        var template = Array((directory + "/tmpXXXXXX.tmp").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { throw failure("cannot create a file in \(directory)") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        var renamed = false
        defer {
            if !closed { close(descriptor) }
            if !renamed { unlink(temporary) }
        }
        guard fchmod(descriptor, 0o600) == 0 else { throw failure("chmod") }
        let bytes = token.json
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw failure("write") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure("fsync") }
        closed = true
        guard close(descriptor) == 0 else { throw failure("close") }
        guard rename(temporary, path) == 0 else { throw failure("rename") }
        renamed = true
    }
}
