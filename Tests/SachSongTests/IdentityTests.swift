import Testing
@testable import SachSong

@Suite("Citizen ID and retirement")
struct IdentityTests {
    @Test("Parts of a 12-digit number for each century and sex", arguments: [
        ("079091001234", 1991, Gender.male), ("079191001234", 1991, .female),
        ("001212004321", 2012, .male), ("001312004321", 2012, .female),
        ("086400000001", 2100, .male), ("086500000001", 2100, .female),
    ])
    func parts(digits: String, year: Int, gender: Gender) throws {
        let id = try #require(CitizenID(digits: digits))
        #expect(id.birthYear == year)
        #expect(id.gender == gender)
        #expect(id.provinceCode == String(digits.prefix(3)))
        #expect(id.serial == String(digits.suffix(6)))
    }

    @Test("Shapes: separators stripped, CMND, lost zero, malformed")
    func shapes() {
        #expect(CitizenID.shape(of: "079 212.004-321") == .twelveDigits("079212004321"))
        #expect(CitizenID.shape(of: "023456789") == .oldCMND("023456789"))
        #expect(CitizenID.shape(of: "79212004321") == .lostLeadingZero("079212004321"))
        #expect(CitizenID.shape(of: "7.9212E+10") == .malformed)
        #expect(CitizenID(digits: "07921200432") == nil)
    }

    @Test("Retirement under the 2021–2035 schedule (NĐ 135/2020 examples)")
    func retirement() {
        let schedule = RetirementSchedule([2021: (723, 664), 2022: (726, 668), 2023: (729, 672), 2024: (732, 676),
                                           2025: (735, 680), 2026: (738, 684), 2027: (741, 688), 2028: (744, 692),
                                           2029: (744, 696), 2030: (744, 700), 2031: (744, 704), 2032: (744, 708),
                                           2033: (744, 712), 2034: (744, 716), 2035: (744, 720)])
        // Man born 1/1961 retires at the end of 4/2021 (60y3m); woman born 1/1966 at the end of 5/2021 (55y4m).
        #expect(schedule.retirementDate(birth: SimpleDate(year: 1961, month: 1, day: 15)!, gender: .male)
                == SimpleDate(year: 2021, month: 4, day: 30))
        #expect(schedule.retirementDate(birth: SimpleDate(year: 1966, month: 1, day: 15)!, gender: .female)
                == SimpleDate(year: 2021, month: 5, day: 31))
        // Man born 10/1964 reaches 61y6m in 4/2026 (the 2026 value).
        #expect(schedule.retirementDate(birth: SimpleDate(year: 1964, month: 10, day: 2)!, gender: .male)
                == SimpleDate(year: 2026, month: 4, day: 30))
        // From 2035 women retire at 60.
        #expect(schedule.retirementDate(birth: SimpleDate(year: 1980, month: 3, day: 1)!, gender: .female)
                == SimpleDate(year: 2040, month: 3, day: 31))
    }
}
