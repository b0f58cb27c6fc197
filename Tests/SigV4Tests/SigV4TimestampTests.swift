import Foundation
import SigV4
import Testing

@Suite struct SigV4TimestampTests {
    @Test func formatsUTCWholeSeconds() {
        let timestamp = SigV4Timestamp(Date(timeIntervalSince1970: 1_440_938_160.9))
        #expect(timestamp.amzDate == "20150830T123600Z")
        #expect(timestamp.dateStamp == "20150830")
    }

    @Test func formatsLeapDaysAndYearEnds() {
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 951_782_400)).amzDate == "20000229T000000Z")
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 1_735_689_599)).amzDate == "20241231T235959Z")
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 0)).amzDate == "19700101T000000Z")
    }

    @Test func parsesWhatItFormats() {
        #expect(SigV4Timestamp(amzDate: "20150830T123600Z")?.secondsSince1970 == 1_440_938_160)
        #expect(SigV4Timestamp(amzDate: "20000229T000000Z")?.secondsSince1970 == 951_782_400)
    }

    @Test func rejectsMalformedDates() {
        #expect(SigV4Timestamp(amzDate: "2015-08-30T12:36:00Z") == nil)
        #expect(SigV4Timestamp(amzDate: "20150230T123600Z") == nil)
        #expect(SigV4Timestamp(amzDate: "20150830T243600Z") == nil)
        #expect(SigV4Timestamp(amzDate: "20150830T123600") == nil)
    }
}
