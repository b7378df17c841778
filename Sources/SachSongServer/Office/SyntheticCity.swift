import Foundation
import SachSong

/// A city of schools with weekly submissions of made-up figures, written straight into a store:
/// for measuring the office's pages at the size of Ho Chi Minh City (`make bench-serve`), never
/// for real use. The figures follow the profile's indicators; each school improves a little
/// each week. Deterministic for a seed.
public struct SyntheticCity: Sendable {
    public var schools: Int
    public var submissions: Int
    public var groups: Int
    public var seed: UInt64

    public init(schools: Int, submissions: Int, groups: Int, seed: UInt64 = 1) {
        self.schools = schools
        self.submissions = submissions
        self.groups = groups
        self.seed = seed
    }

    /// Writes the schools, an account to own the submissions, and the submissions with their figures.
    public func write(into store: ServeStore, spec: CriteriaSpec) throws {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let indicators = spec.indicators.map(\.indicator.id)
        let now = Date()
        let owner = try store.add(
            account: Account(
                id: nil, name: "synthetic-city", role: .admin, schoolCode: nil, groupID: nil, passwordHash: "-", mustChangePassword: true,
                createdAt: now),
            school: nil, by: nil)
        var batch: [NewSubmission] = []
        for s in 0..<schools {
            let code = String(format: "79%06d", s + 1)
            let school = School(code: code, name: "Trường số \(s + 1)", groupID: String(format: "phuong_%02d", s % max(groups, 1) + 1))
            try store.add(schools: [school], by: owner.id)
            let size = 200 + Int(next() % 1800)
            var base: [String: Double] = [:]
            for id in indicators { base[id] = Double(next() % 700) / 1000 }
            for week in 0..<submissions {
                let id = String(format: "%08x-%04x-4000-8000-%012x", s, week, seed)
                var ratios: [String: Ratio] = [:]
                for indicator in indicators {
                    let rate = min(1, (base[indicator] ?? 0) + 0.015 * Double(week))
                    ratios[indicator] = Ratio(numerator: Int(rate * Double(size)), denominator: size)
                }
                let figures = SchoolIndicators(id: code, name: school.name, ratios: ratios, spec: spec)
                let submission = StoredSubmission(
                    id: id, schoolCode: code, accountID: owner.id!,
                    receivedAt: now.addingTimeInterval(-Double(submissions - week) * 7 * 86400), asOf: "2026-06-01",
                    summary: "{\"files\":7,\"rows\":\(size),\"errors\":0,\"warnings\":0}", indicators: nil)
                batch.append(NewSubmission(submission: submission, files: [], figures: StoredFigure.of(figures, submissionID: id)))
            }
            // A hundred schools per transaction.
            if s % 100 == 99 || s == schools - 1 {
                try store.record(batch)
                batch = []
            }
        }
    }
}
