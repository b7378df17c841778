import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SachSong
import SachSongReport
import SachSongSample
import TestSupport
import Testing

@testable import SachSongServer

/// The office's side over a seeded city: 300 synthetic schools (from `sample`) in 6 wards, 10
/// weekly submissions each. The dashboard must give exactly what `indicators` gives on the same
/// files; a school's trend must be its history; the "not submitted since" list must be right.
@Suite("Service office side")
struct OfficeTests {
    /// The seeded store, shared by the tests of this suite (built once: the engine's run over
    /// 300 schools is the slow part).
    final class City: @unchecked Sendable {
        let world: ServeWorld
        /// `indicators` run on the sample folder: the truth.
        let truth: IndicatorReport
        let truthJSON: [String: Any]
        /// Schools whose last submission is 5 weeks old, and schools that never submitted.
        var stale: Set<String> = []
        var never: Set<String> = []
        /// Every school's submissions, oldest first, and the figures each recorded.
        var history: [String: [(id: String, ratios: [String: Ratio])]] = [:]
        static let weeks = 10

        init() throws {
            world = try ServeWorld()
            let folder = world.folder + "/sample"
            var options = SampleOptions(schools: 300, students: 8, staff: 3, defectRate: 0.2, seed: 11, asOf: FixtureSupport.asOf)
            options.groups = 6
            _ = try SampleGenerator(rules: FixtureSupport.rules.ruleSet, options: options).write(to: folder)
            var checkOptions = CheckOptions(asOf: FixtureSupport.asOf)
            checkOptions.tallies = true
            truth = IndicatorRunner(rules: FixtureSupport.rules, options: checkOptions).run(path: folder)
            truthJSON = try #require(
                try JSONSerialization.jsonObject(with: Data(IndicatorRenderer().json(truth).utf8)) as? [String: Any])
            let spec = FixtureSupport.rules.ruleSet.criteria
            let store = world.app.store
            let admin = try #require(try world.app.book.accounts().first { $0.name == "admin" }?.id)
            let now = Date()
            // Every 20th school stopped five weeks ago; every 50th never submitted.
            for (n, school) in truth.schools.enumerated() {
                if n % 50 == 7 { never.insert(school.id) } else if n % 20 == 3 { stale.insert(school.id) }
            }
            // The two schools the world starts with never submit either.
            never.formUnion(["79000701", "79000702"])
            var batch: [NewSubmission] = []
            for (n, school) in truth.schools.enumerated() {
                let ward = (school.folder as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? ""
                try store.add(schools: [School(code: school.id, name: school.name, groupID: ward)], by: nil)
                guard !never.contains(school.id) else { continue }
                let last = stale.contains(school.id) ? City.weeks - 5 : City.weeks
                for week in 1...last {
                    // Earlier weeks: fewer records done; the last submission is the files' own figures.
                    var figures = school
                    if week < City.weeks {
                        for (id, ratio) in school.ratios where ratio.known {
                            figures.ratios[id] = Ratio(numerator: ratio.numerator * week / City.weeks, denominator: ratio.denominator)
                        }
                        (figures.criterionRates, figures.points) = spec.scores(figures.ratios)
                    }
                    let id = String(format: "%08x-0000-4000-8000-%012x", week, n)
                    let received = now.addingTimeInterval(-Double(City.weeks - week) * 7 * 86400 - 3600)
                    let submission = StoredSubmission(
                        id: id, schoolCode: school.id, accountID: admin, receivedAt: received, asOf: FixtureSupport.asOf.iso,
                        summary: "{\"files\":7,\"rows\":0,\"errors\":0,\"warnings\":0}", indicators: IndicatorRenderer.schoolJSON(figures, spec: spec))
                    batch.append(NewSubmission(submission: submission, files: [], figures: StoredFigure.of(figures, submissionID: id)))
                    history[school.id, default: []].append((id, figures.ratios))
                }
            }
            try store.record(batch)
        }
    }

    static let city = Result(catching: { try City() })

    @Test("The dashboard's figures equal `indicators` on the same files: every school, every ward, the total")
    func dashboardEqualsIndicators() throws {
        let city = try Self.city.get()
        let admin = try #require(try city.world.app.book.accounts().first { $0.name == "admin" })
        let view = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: admin, store: city.world.app.store), group: nil, until: nil)
        #expect(view.entries.count == 302)
        let served = view.report.schools.filter { !city.stale.contains($0.id) }
        let truth = Dictionary(uniqueKeysWithValues: city.truth.schools.map { ($0.id, $0) })
        #expect(served.count == 302 - city.stale.count - city.never.count)
        for school in served {
            #expect(school.ratios == truth[school.id]?.ratios, "\(school.id)")
            #expect(school.criterionRates == truth[school.id]?.criterionRates)
        }
        // The pools: over the same schools, the same as the engine's pools of those schools.
        let counted = Set(view.report.schools.map(\.id))
        let engineTotal = IndicatorReport.pooled(city.truth.schools.filter { counted.contains($0.id) && !city.stale.contains($0.id) })
        let servedTotal = IndicatorReport.pooled(served)
        #expect(engineTotal == servedTotal)
        // With every school's latest being its files (no stale, no missing), the JSON is `indicators`' own.
        let fresh = try JSONSerialization.jsonObject(with: Data(IndicatorRenderer().json(view.report).utf8)) as? [String: Any]
        let schoolsByID = Dictionary(
            uniqueKeysWithValues: ((fresh?["schools"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0) })
        for expected in city.truthJSON["schools"] as? [[String: Any]] ?? [] {
            let id = expected["id"] as? String ?? ""
            guard !city.stale.contains(id), !city.never.contains(id) else { continue }
            #expect(NSDictionary(dictionary: schoolsByID[id] ?? [:]).isEqual(to: expected), "\(id)")
        }
    }

    @Test("With the stale schools' old figures out of the way, wards and total equal `indicators` exactly")
    func poolsEqualIndicators() throws {
        let city = try Self.city.get()
        let admin = try #require(try city.world.app.book.accounts().first { $0.name == "admin" })
        let view = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: admin, store: city.world.app.store), group: nil, until: nil)
        // The engine's figures of the same set of schools with their latest submissions' figures.
        let latest = Dictionary(uniqueKeysWithValues: view.report.schools.map { ($0.id, $0) })
        let expectedGroups = Dictionary(
            uniqueKeysWithValues: city.truth.groups.map { group in
                (group.id, IndicatorReport.pooled(group.schools.compactMap { latest[$0] }))
            })
        for group in view.report.groups {
            #expect(group.ratios == expectedGroups[group.id], "\(group.id)")
        }
        #expect(Set(view.report.groups.map(\.id)) == Set(city.truth.groups.map(\.id)))
        // Ward by ward, the schools listed are the engine's ward folders' schools that submitted.
        for group in city.truth.groups {
            let served = view.report.groups.first { $0.id == group.id }
            #expect(Set(served?.schools ?? []) == Set(group.schools).subtracting(city.never), "\(group.id)")
        }
    }

    @Test("A ward's analyst sees exactly its ward's schools")
    func analystScope() throws {
        let city = try Self.city.get()
        let ward = try #require(city.truth.groups.first)
        _ = try city.world.app.book.add(name: "chuyen-vien-\(ward.id)", role: .analyst, groupID: ward.id)
        let analyst = try #require(try city.world.app.book.accounts().first { $0.name == "chuyen-vien-\(ward.id)" })
        let view = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: analyst, store: city.world.app.store), group: nil, until: nil)
        #expect(Set(view.entries.map(\.school.code)) == Set(ward.schools))
        // Asking for another ward gives nothing, not that ward.
        let other = try #require(city.truth.groups.last?.id)
        let refused = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: analyst, store: city.world.app.store), group: other, until: nil)
        #expect(refused.entries.isEmpty)
    }

    @Test("A school's trend is its submission history, oldest first")
    func trendIsHistory() throws {
        let city = try Self.city.get()
        for code in [city.truth.schools[0].id, try #require(city.stale.first)] {
            let trend = try Trend.school(code, desk: city.world.app.desk)
            let history = try #require(city.history[code])
            #expect(trend.points.count == history.count)
            for (point, recorded) in zip(trend.points, history) {
                #expect(point.ratios == recorded.ratios)
            }
            // The submissions as the store lists them, newest first, are the same reversed.
            let stored = try city.world.app.desk.submissions(school: code).map(\.id)
            #expect(stored == history.map(\.id).reversed())
        }
    }

    @Test("The schools not submitted since a day: the stale ones and the ones that never did")
    func notSubmittedSince() throws {
        let city = try Self.city.get()
        let admin = try #require(try city.world.app.book.accounts().first { $0.name == "admin" })
        let view = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: admin, store: city.world.app.store), group: nil, until: nil)
        var page = DashboardPage(view: view)
        page.since = ReferenceDate.day(of: Date().addingTimeInterval(-21 * 86400))
        let late = Set((page.values["late"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(late == city.stale.union(city.never))
        #expect(!late.isEmpty)
        page.since = ReferenceDate.day(of: Date().addingTimeInterval(-70 * 86400))
        let none = Set((page.values["late"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(none == city.never, "\(none.subtracting(city.never).sorted()) \(city.never.subtracting(none).sorted())")
    }

    @Test("The dashboard page, sorted by a criterion; the exports are the indicators layouts")
    func pageAndExports() async throws {
        let city = try Self.city.get()
        try await city.world.app.application().test(.router) { client in
            let (browser, _) = try city.world.browser("so")
            let page = try await client.execute(uri: "/dashboard?sort=3.1&dir=desc", method: .get, headers: browser) { $0 }
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("Thang điểm ví dụ"))
            #expect(html.contains("aria-sort=\"descending\""))
            // The schools' 3.1 rates appear in descending order.
            let admin = try #require(try city.world.app.book.accounts().first { $0.name == "admin" })
            let view = try Dashboard(desk: city.world.app.desk).view(scope: Scope(account: admin, store: city.world.app.store), group: nil, until: nil)
            let rates = Dictionary(uniqueKeysWithValues: view.report.schools.map { ($0.id, $0.criterionRates["3.1"] ?? -1) })
            // Page by page (100 schools each), the 302 schools in descending order of 3.1.
            var order: [String] = []
            for page in 1...4 {
                let part = try await client.execute(uri: "/dashboard?sort=3.1&dir=desc&page=\(page)", method: .get, headers: browser) { $0 }
                order += String(buffer: part.body).components(separatedBy: "<td><a href=\"/schools/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            }
            #expect(order.count == 302)
            #expect(Set(order).count == 302)
            #expect(html.contains("Trường 1–100 / 302"))
            let listed = order.map { rates[$0] ?? -1 }.filter { $0 >= 0 }
            #expect(listed == listed.sorted(by: >))

            let csv = try await client.execute(uri: "/dashboard.csv", method: .get, headers: browser) { $0 }
            #expect(csv.status == .ok)
            let sink = MemoryOutput()
            try IndicatorRenderer().csv(view.report, to: sink)
            #expect(Array(csv.body.readableBytesView) == sink.bytes)
            let xlsx = try await client.execute(uri: "/dashboard.xlsx", method: .get, headers: browser) { $0 }
            #expect(Array(xlsx.body.readableBytesView).starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let report = try await client.execute(uri: "/dashboard/report.html?group=phuong_01", method: .get, headers: browser) { $0 }
            #expect(String(buffer: report.body).contains("<!doctype html>") || String(buffer: report.body).contains("<!DOCTYPE html>"))
            let trend = try await client.execute(uri: "/trend", method: .get, headers: browser) { $0 }
            let trendHTML = String(buffer: trend.body)
            #expect(trendHTML.contains("<svg class=\"trend\""))
            #expect(trendHTML.components(separatedBy: "<path d=").count - 1 == 5)
            let reminders = String(buffer: try await client.execute(uri: "/reminders", method: .get, headers: browser) { $0 }.body)
            for code in city.never { #expect(reminders.contains("msg-\(code)")) }
        }
    }
}
