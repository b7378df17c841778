import TestSupport
import Testing
@testable import SachSong

@Suite("Dates, phones, grades")
struct ValuesTests {
    @Test("Date forms read to the same day; two-digit years and nonexistent days are told apart")
    func dates() {
        let day = SimpleDate(year: 2012, month: 9, day: 5)!
        #expect(DateParser.parse("05/09/2012") == .date(day, canonical: true))
        #expect(DateParser.parse("5/9/2012") == .date(day, canonical: false))
        #expect(DateParser.parse("05-09-2012") == .date(day, canonical: false))
        #expect(DateParser.parse("2012-09-05") == .date(day, canonical: false))
        #expect(DateParser.parse("2012-09-05T00:00:00.0") == .date(day, canonical: false))
        #expect(DateParser.parse("05/09/2012 00:00:00") == .date(day, canonical: false))
        #expect(DateParser.parse("20120905") == .date(day, canonical: false))
        #expect(DateParser.parse("05/09/12") == .ambiguousYear)
        #expect(DateParser.parse("31/02/2012") == .nonexistent(day: 31, month: 2, year: 2012))
        #expect(DateParser.parse("29/02/2013") == .nonexistent(day: 29, month: 2, year: 2013))
        #expect(DateParser.parse("29/02/2012") != .unreadable)
        #expect(DateParser.parse("5 tháng 9") == .unreadable)
        #expect(DateParser.parse("") == .unreadable)
        #expect(DateParser.parse("05/09-2012") == .unreadable)
    }

    @Test("Ages count birthdays; a 29 February birthday falls on 1 March in common years")
    func ages() {
        let leap = SimpleDate(year: 2012, month: 2, day: 29)!
        #expect(leap.age(at: SimpleDate(year: 2026, month: 2, day: 28)!) == 13)
        #expect(leap.age(at: SimpleDate(year: 2026, month: 3, day: 1)!) == 14)
        #expect(leap.age(at: SimpleDate(year: 2028, month: 2, day: 29)!) == 16)
        let born = SimpleDate(year: 2012, month: 6, day: 1)!
        #expect(born.age(at: SimpleDate(year: 2026, month: 5, day: 31)!) == 13)
        #expect(born.age(at: FixtureSupport.asOf) == 14)
    }

    @Test("Day numbers round-trip and count from 1970-01-01")
    func dayNumbers() {
        #expect(SimpleDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(SimpleDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        for n in stride(from: -40_000, to: 80_000, by: 997) {
            #expect(SimpleDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test("Phone numbers: mobiles, landlines, +84, old prefixes, lost zeros")
    func phones() {
        #expect(PhoneNumber.parse("0901234567") == .valid(normalized: "0901234567", canonical: true))
        #expect(PhoneNumber.parse("+84 90 123 4567") == .valid(normalized: "0901234567", canonical: false))
        #expect(PhoneNumber.parse("84901234567") == .valid(normalized: "0901234567", canonical: false))
        #expect(PhoneNumber.parse("028 3829 1234") == .valid(normalized: "02838291234", canonical: false))
        #expect(PhoneNumber.parse("01621234567") == .oldMobile(old: "01621234567", new: "0321234567"))
        #expect(PhoneNumber.parse("01991234567") == .oldMobile(old: "01991234567", new: "0591234567"))
        #expect(PhoneNumber.parse("901234567") == .lostLeadingZero("0901234567"))
        #expect(PhoneNumber.parse("0601234567") == .invalid)
        #expect(PhoneNumber.parse("090123456") == .invalid)
        #expect(PhoneNumber.parse("09012345a7") == .invalid)
    }

    @Test("Grades and the grade of a class")
    func grades() {
        #expect(GradeParser.grade("Khối 6") == 6)
        #expect(GradeParser.grade("12") == 12)
        #expect(GradeParser.grade("13") == nil)
        #expect(GradeParser.gradeOfClass("6A1") == 6)
        #expect(GradeParser.gradeOfClass("12.6") == 12)
        #expect(GradeParser.gradeOfClass("Lớp 9/3") == 9)
        #expect(GradeParser.gradeOfClass("ABC") == nil)
    }

    @Test("Timestamps in Vietnam time")
    func timestamps() throws {
        let a = try #require(TimestampParser.parse("2026-05-20 08:15:00"))
        let b = try #require(TimestampParser.parse("2026-05-20T01:15:00Z"))
        let c = try #require(TimestampParser.parse("20/05/2026 08:15"))
        #expect(a.vietnamEpochSeconds == b.vietnamEpochSeconds)
        #expect(a.vietnamEpochSeconds == c.vietnamEpochSeconds)
        #expect(TimestampParser.parse("2026-05-20 25:00") == nil)
    }
}
