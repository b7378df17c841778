import Foundation
import SachSong
import TestSupport
import Testing

@testable import SachSongServer

/// A group's or the whole's trend: one point per day on which one of its own schools submitted,
/// each point the figures the dashboard shows for that day. Two wards that submit on different
/// days must not lend each other points. Over SQLite and over the in-memory store alike.
@Suite("Service pooled trends")
struct PooledTrendTests {
    /// An Phú (ward An Khánh) submits 10 and 6 days ago, Hòa Bình (ward Bình Trưng) 8 and 4
    /// days ago; each submission counts more records than the one before.
    static func world(memory: Bool) throws -> (ServeWorld, days: [String: [SimpleDate]]) {
        let world = try ServeWorld(memory: memory)
        let spec = FixtureSupport.rules.ruleSet.criteria
        let indicator = try #require(spec.indicators.first?.indicator.id)
        let other = try #require(spec.indicators.last?.indicator.id)
        let admin = try #require(try world.app.book.accounts().first { $0.name == "admin" }?.id)
        let noon = ReferenceDate.endOfDay(ReferenceDate.day(of: Date())).addingTimeInterval(-12 * 3600)
        var days: [String: [SimpleDate]] = [:]
        var batch: [NewSubmission] = []
        for (n, (code, ago)) in [("79000701", 10), ("79000702", 8), ("79000701", 6), ("79000702", 4)].enumerated() {
            let received = noon.addingTimeInterval(-Double(ago) * 86400)
            let figures = SchoolIndicators(
                id: code, name: code,
                ratios: [indicator: Ratio(numerator: 10 * (n + 1), denominator: 100), other: Ratio(missing: "thiếu cột", denominator: n)],
                spec: spec)
            let submission = StoredSubmission(
                id: String(format: "%08x-0000-4000-8000-000000000000", n), schoolCode: code, accountID: admin, receivedAt: received,
                asOf: FixtureSupport.asOfText, summary: "{\"files\":1,\"rows\":0,\"errors\":0,\"warnings\":0}", indicators: nil)
            batch.append(NewSubmission(submission: submission, files: [], figures: StoredFigure.of(figures, submissionID: submission.id)))
            days[code, default: []].append(ReferenceDate.day(of: received))
        }
        try world.app.store.record(batch)
        return (world, days)
    }

    @Test("A ward's trend has a point on its own schools' days only, each the dashboard's total of that day", arguments: [false, true])
    func wardTrend(memory: Bool) throws {
        let (world, days) = try Self.world(memory: memory)
        let dashboard = Dashboard(desk: world.app.desk)
        for (account, code) in [("phuong-an-khanh", "79000701"), ("phuong-binh-trung", "79000702")] {
            let analyst = try #require(try world.app.book.accounts().first { $0.name == account })
            let scope = Scope(account: analyst, store: world.app.store)
            let trend = try Trend.pooled(dashboard, scope: scope, group: nil)
            let own = try #require(days[code])
            #expect(trend.points.map(\.label) == own.map { PageText.day($0.iso) })
            for (point, day) in zip(trend.points, own) {
                let view = try dashboard.view(scope: scope, group: nil, until: day)
                #expect(point.ratios == view.report.total)
                #expect(view.report.schools.map(\.id) == [code])
            }
        }
    }

    @Test("The whole's trend has a point on every day anyone submitted, pooling each school's latest by then", arguments: [false, true])
    func wholeTrend(memory: Bool) throws {
        let (world, days) = try Self.world(memory: memory)
        let dashboard = Dashboard(desk: world.app.desk)
        let so = try #require(try world.app.book.accounts().first { $0.name == "so" })
        let scope = Scope(account: so, store: world.app.store)
        let trend = try Trend.pooled(dashboard, scope: scope, group: nil)
        let all = days.values.flatMap { $0 }.sorted { $0.iso < $1.iso }
        #expect(trend.points.count == 4)
        #expect(trend.points.map(\.label) == all.map { PageText.day($0.iso) })
        for (point, day) in zip(trend.points, all) {
            #expect(point.ratios == (try dashboard.view(scope: scope, group: nil, until: day)).report.total)
        }
        // The third day: An Phú's second submission (30/100) and Hòa Bình's first (20/100).
        let indicator = try #require(FixtureSupport.rules.ruleSet.criteria.indicators.first?.indicator.id)
        #expect(trend.points[2].ratios[indicator] == Ratio(numerator: 50, denominator: 200))
        #expect(trend.points[0].ratios[indicator] == Ratio(numerator: 10, denominator: 100))
    }
}
