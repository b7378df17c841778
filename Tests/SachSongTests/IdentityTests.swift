import Testing
@testable import SachSong

@Suite("Citizen ID and retirement")
struct IdentityTests {
    @Test(
        "Parts of a 12-digit number for each century and sex",
        arguments: [
            ("079091001234", 1991, Gender.male), ("079191001234", 1991, .female),
            ("001212004321", 2012, .male), ("001312004321", 2012, .female),
            ("086400000001", 2100, .male), ("086500000001", 2100, .female)
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
        let schedule = RetirementSchedule([
            2021: (723, 664), 2022: (726, 668), 2023: (729, 672), 2024: (732, 676),
            2025: (735, 680), 2026: (738, 684), 2027: (741, 688), 2028: (744, 692),
            2029: (744, 696), 2030: (744, 700), 2031: (744, 704), 2032: (744, 708),
            2033: (744, 712), 2034: (744, 716), 2035: (744, 720)
        ])
        // Man born 1/1961 retires at the end of 4/2021 (60y3m); woman born 1/1966 at the end of 5/2021 (55y4m).
        #expect(
            schedule.retirementDate(birth: SimpleDate(year: 1961, month: 1, day: 15)!, gender: .male)
                == SimpleDate(year: 2021, month: 4, day: 30))
        #expect(
            schedule.retirementDate(birth: SimpleDate(year: 1966, month: 1, day: 15)!, gender: .female)
                == SimpleDate(year: 2021, month: 5, day: 31))
        // Man born 10/1964 reaches 61y6m in 4/2026 (the 2026 value).
        #expect(
            schedule.retirementDate(birth: SimpleDate(year: 1964, month: 10, day: 2)!, gender: .male)
                == SimpleDate(year: 2026, month: 4, day: 30))
        // From 2035 women retire at 60.
        #expect(
            schedule.retirementDate(birth: SimpleDate(year: 1980, month: 3, day: 1)!, gender: .female)
                == SimpleDate(year: 2040, month: 3, day: 31))
    }
}

@Suite("VNeID and card spellings")
struct SpellingTests {
    /// Every spelling the default profile lists for VNeID levels and yes/no marks reads to its
    /// canonical value, and a few that are not in the lists are refused.
    @Test("All VNeID spellings of the rules read to their level", arguments: ["muc_vneid", "co_khong", "gioi_tinh"])
    func spellings(list: String) throws {
        let rules = CheckExampleTests.rules
        let codeList = try #require(rules.ruleSet.lists[list])
        for entry in codeList.entries {
            for spelling in [entry.value] + entry.synonyms + (entry.code.map { [$0] } ?? []) {
                #expect(rules.canonicalValue(spelling, list: list) == entry.value, "«\(spelling)» in \(list)")
                #expect(rules.canonicalValue("  " + spelling.uppercased() + " ", list: list) == entry.value, "«\(spelling)» upper-cased")
            }
        }
    }

    @Test("VNeID levels as written in exports")
    func vneid() {
        let rules = CheckExampleTests.rules
        for (typed, level) in [
            ("Mức độ 2", "Mức 2"), ("MĐ2", "Mức 2"), ("md2", "Mức 2"), ("2", "Mức 2"), ("Mức 1", "Mức 1"),
            ("mức độ 1", "Mức 1"), ("Chưa có", "Chưa có"), ("chua co", "Chưa có"), ("0", "Chưa có")
        ] {
            #expect(rules.canonicalValue(typed, list: "muc_vneid") == level, "«\(typed)»")
        }
        #expect(rules.canonicalValue("Mức 3", list: "muc_vneid") == nil)
        #expect(rules.canonicalValue("MĐ", list: "muc_vneid") == nil)
    }
}
