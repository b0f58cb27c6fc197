public import Foundation
public import Logging

/// Caches the credentials of another provider and fetches new ones before they expire:
/// - more than `advisoryWindow` (5 minutes) left: use the cached ones;
/// - less than that: fetch new ones, but keep using the cached ones if that fails;
/// - less than `mandatoryWindow` (1 minute) left, or none cached: fetch, and fail if that fails.
///
/// Concurrent callers share one fetch. Credentials without an expiration are kept for good.
public actor RefreshingCredentialProvider: CredentialProvider {
    public let base: any CredentialProvider
    public let clock: any AWSClock
    public let advisoryWindow: TimeInterval
    public let mandatoryWindow: TimeInterval
    private var cached: Credential?
    private var refreshing: Task<Result<Credential?, AWSError>, Never>?

    public init(
        _ base: any CredentialProvider,
        clock: any AWSClock = SystemClock(),
        advisoryWindow: TimeInterval = 300,
        mandatoryWindow: TimeInterval = 60
    ) {
        self.base = base
        self.clock = clock
        self.advisoryWindow = advisoryWindow
        self.mandatoryWindow = mandatoryWindow
    }

    public nonisolated var name: String { base.name }

    public func credential(logger: Logger) async throws(AWSError) -> Credential? {
        if let cached {
            guard let expiration = cached.expiration else { return cached }
            let remaining = expiration.timeIntervalSince(clock.date())
            if remaining > advisoryWindow { return cached }
            if remaining > mandatoryWindow {
                switch await refresh(logger: logger) {
                case .success(let fresh?): return fresh
                case .success(nil), .failure:
                    logger.debug(
                        "Refreshing credentials failed; using the cached ones for \(Int(remaining)) more seconds")
                    return cached
                }
            }
        }
        return try await refresh(logger: logger).get()
    }

    private func refresh(logger: Logger) async -> Result<Credential?, AWSError> {
        if let refreshing { return await refreshing.value }
        let base = base
        let task = Task { () -> Result<Credential?, AWSError> in
            do throws(AWSError) {
                return .success(try await base.credential(logger: logger))
            } catch {
                return .failure(error)
            }
        }
        refreshing = task
        let result = await task.value
        refreshing = nil
        if case .success(let credential?) = result {
            cached = credential
            if let expiration = credential.expiration {
                logger.debug("Credentials from \(credential.source) expire at \(ISO8601.format(expiration))")
            }
        }
        return result
    }
}
