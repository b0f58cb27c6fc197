import Foundation
import Testing

@testable import DesiredState

/// The catalog Warden is built with is the data file's, with its sources and date.
@Suite struct PermissionCatalog {
    static let dataFile = Fixtures.repository.appendingPathComponent(
        "Sources/DesiredState/Permissions/connect-permissions.tsv")

    /// The data file's rows: API name, console name (may be empty), note.
    static func rows() throws -> [[String]] {
        try String(contentsOf: dataFile, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func theGeneratedCatalogIsTheDataFiles() throws {
        let rows = try Self.rows()
        #expect(ConnectPermissionCatalog.all == rows.map { $0[0] }, "run `make permissions`")
        let consoleNames = Dictionary(
            uniqueKeysWithValues: rows.filter { $0.count > 1 && !$0[1].isEmpty }.map { ($0[0], $0[1]) })
        #expect(ConnectPermissionCatalog.consoleNames == consoleNames, "run `make permissions`")
    }

    @Test func theDataFileNamesItsSourcesAndDate() throws {
        let header = try String(contentsOf: Self.dataFile, encoding: .utf8).split(separator: "\n")
            .prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(header.contains("https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html"))
        #expect(header.contains("Collected: 2026-12-05"))
    }

    @Test func namesAreUniqueSortedAndFitTheModel() {
        let names = ConnectPermissionCatalog.all
        #expect(names.count == 326)
        #expect(names == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { (1...128).contains($0.count) })
    }

    @Test func knowsTheNamesTheTrapsAreMistakenFor() {
        for name in ["ContactSearch.View", "ManagerListenIn", "ContactFlows.View", "BasicAgentAccess"] {
            #expect(ConnectPermissionCatalog.contains(name))
        }
        for name in ["ContactSearchView", "ListenToCalls", "Contactflow.View", "basicagentaccess"] {
            #expect(!ConnectPermissionCatalog.contains(name))
        }
        #expect(ConnectPermissionCatalog.consoleName(of: "RoutingPolicies.Edit") == "Routing profiles - Edit")
    }
}
