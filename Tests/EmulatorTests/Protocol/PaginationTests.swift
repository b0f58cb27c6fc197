import Testing

@testable import Emulator

@Suite struct PaginationTests {
    let pagination = Pagination(operation: "ListSecurityProfiles", scope: "instance-1")

    @Test func pagesThroughEveryItemOnce() throws {
        let items = Array(1...7)
        var seen: [Int] = []
        var token: String?
        repeat {
            let page = try pagination.page(items, size: 3, token: token)
            seen += page.items
            token = page.next
        } while token != nil
        #expect(seen == items)
    }

    @Test func theLastPageHasNoToken() throws {
        #expect(try pagination.page([1, 2], size: 2, token: nil).next == nil)
        #expect(try pagination.page([Int](), size: 2, token: nil).items == [])
    }

    @Test func aTokenOnlyWorksForTheListingThatIssuedIt() throws {
        let token = try #require(try pagination.page([1, 2, 3], size: 1, token: nil).next)
        let other = Pagination(operation: "ListSecurityProfiles", scope: "instance-2")
        #expect(throws: Pagination.InvalidToken.self) { try other.page([1, 2, 3], size: 1, token: token) }
        #expect(throws: Pagination.InvalidToken.self) { try pagination.page([1, 2, 3], size: 1, token: "garbage") }
    }
}
