import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SachSong
import SachSongReport

/// The office's side: the dashboard of every school it may see, its exports (the `indicators`
/// layouts: `.xlsx`, CSV with numerators and denominators, the HTML report), trends of a
/// school, a group or all, and the reminders page.
struct OfficeRoutes {
    let app: ServeApp
    static let office: ServeRoute.Audience = .roles([.admin, .analyst])

    var routes: [ServeRoute] {
        [
            ServeRoute(method: .get, path: "/dashboard", audience: Self.office, resource: .none, answer: .page, handler: dashboard),
            ServeRoute(method: .get, path: "/dashboard.xlsx", audience: Self.office, resource: .none, answer: .file, handler: workbook),
            ServeRoute(method: .get, path: "/dashboard.csv", audience: Self.office, resource: .none, answer: .file, handler: csv),
            ServeRoute(method: .get, path: "/dashboard/report.html", audience: Self.office, resource: .none, answer: .file, handler: htmlReport),
            ServeRoute(method: .get, path: "/trend", audience: Self.office, resource: .none, answer: .page, handler: groupTrend),
            ServeRoute(method: .get, path: "/schools/:code/trend", audience: .anyone, resource: .school, answer: .page, handler: schoolTrend),
            ServeRoute(
                method: .get, path: "/schools/:code/moved/:indicator", audience: .anyone, resource: .school, answer: .page, handler: moved),
            ServeRoute(method: .get, path: "/reminders", audience: Self.office, resource: .none, answer: .page, handler: reminders)
        ]
    }

    /// The dashboard's view for the request's `group` and `asOf` (figures as they stood at the
    /// end of that day).
    func view(_ input: RouteInput) async throws -> (Dashboard.View, group: String?, asOf: SimpleDate?) {
        let caller = try input.signedIn
        let query = input.request.uri.queryParameters
        let group = query.get("group").flatMap { $0.isEmpty ? nil : $0 }
        var asOf: SimpleDate?
        if let text = query.get("asOf"), !text.isEmpty {
            guard let date = ReferenceDate.parse(text) else {
                throw APIRefusal.badDate(text)
            }
            asOf = date
        }
        let scope = app.scope(caller)
        let key = "view|\(caller.account.role)|\(scope.group ?? "*")|\(caller.account.schoolCode ?? "")|\(group ?? "")|\(asOf?.iso ?? "")"
        let dashboard = Dashboard(desk: app.desk)
        let until = asOf
        let view = try await app.figures.value(key, store: app.store) { try dashboard.view(scope: scope, group: group, until: until) }
        return (view, group, asOf)
    }

    @Sendable func dashboard(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let (view, group, asOf) = try await view(input)
        let query = input.request.uri.queryParameters
        // The body depends only on the figures and the query: rendered once per generation of
        // the store and kept, so analysts opening the same page share it.
        let scope = app.scope(caller)
        let key = "dashboard|\(caller.account.role)|\(scope.group ?? "*")|\(input.request.uri.query ?? "")"
        let pages = app.pages
        let groups = try app.desk.groups().filter { scope.group == nil || $0 == scope.group }
        let html = try await app.figures.value(key, store: app.store) {
            pages.body("dashboard", values: Self.page(view, query: query, group: group, asOf: asOf, groups: groups).values)
        }
        return app.pages.page("wrapped", title: "Bảng theo dõi", caller: caller, values: ["html": html])
    }

    static func page(_ view: Dashboard.View, query: Hummingbird.Parameters, group: String?, asOf: SimpleDate?, groups: [String]) -> DashboardPage {
        var page = DashboardPage(view: view)
        page.asOf = asOf
        page.query = query.get("q") ?? ""
        page.sort = query.get("sort") ?? "code"
        page.descending = query.get("dir") == "desc"
        page.detail = query.get("detail") == "1"
        page.since = query.get("since").flatMap(ReferenceDate.parse)
        page.group = group
        page.page = query.get("page").flatMap { Int($0) } ?? 1
        page.groups = groups
        return page
    }

    @Sendable func workbook(_ input: RouteInput) async throws -> Response {
        let (view, _, _) = try await view(input)
        let path = (app.store.folder as NSString).appendingPathComponent("made/dashboard-\(UUID().uuidString).xlsx")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = view.report
        try await CheckQueue.offThread { try IndicatorsWorkbook.write(report, to: path) }
        try app.book.audit(try input.signedIn.id, "export", "bảng theo dõi (.xlsx)")
        return try FileRoutes.send(Downloads.Made(path: path, name: "chi-so-linh-vuc-3.xlsx", contentType: Downloads.xlsx))
    }

    @Sendable func csv(_ input: RouteInput) async throws -> Response {
        let (view, _, _) = try await view(input)
        let sink = MemoryOutput()
        try IndicatorRenderer().csv(view.report, to: sink)
        try app.book.audit(try input.signedIn.id, "export", "bảng theo dõi (.csv)")
        return FileRoutes.attachment(sink.bytes, name: "chi-so-linh-vuc-3.csv", type: Downloads.csv)
    }

    @Sendable func htmlReport(_ input: RouteInput) async throws -> Response {
        let (view, _, _) = try await view(input)
        let html = HTMLReportRenderer().render(view.report)
        try app.book.audit(try input.signedIn.id, "export", "báo cáo HTML")
        return FileRoutes.attachment(Array(html.utf8), name: "bao-cao-linh-vuc-3.html", type: "text/html; charset=utf-8")
    }

    @Sendable func groupTrend(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let group = input.request.uri.queryParameters.get("group").flatMap { $0.isEmpty ? nil : $0 }
        let scope = app.scope(caller)
        let dashboard = Dashboard(desk: app.desk)
        let key = "trend|\(caller.account.role)|\(scope.group ?? "*")|\(group ?? "")"
        let (pages, spec) = (app.pages, app.desk.rules.ruleSet.criteria)
        // Like the dashboard's, the body is computed and rendered once per generation of the store.
        let html = try await app.figures.value(key, store: app.store) {
            let trend = try Trend.pooled(dashboard, scope: scope, group: group)
            return pages.body(
                "trendBody", values: trend.values(spec: spec, back: "/dashboard", subject: (group ?? scope.group).map { "nhóm \($0)" } ?? "toàn bộ"))
        }
        return app.pages.page("wrapped", title: "Xu hướng", caller: caller, values: ["html": html])
    }

    @Sendable func schoolTrend(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let code = input.parameter("code")
        guard try app.scope(caller).maySee(school: code), try app.desk.schoolExists(code) else { throw APIRefusal.notFound }
        let trend = try Trend.school(code, desk: app.desk)
        let values = trend.values(
            spec: app.desk.rules.ruleSet.criteria, back: "/schools/\(code)", subject: try app.desk.schoolName(code), movedLink: "/schools/\(code)/moved/")
        return app.pages.page("trend", title: "Xu hướng", caller: caller, values: values)
    }

    @Sendable func moved(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let code = input.parameter("code")
        guard try app.scope(caller).maySee(school: code), try app.desk.schoolExists(code) else { throw APIRefusal.notFound }
        let key = input.parameter("indicator")
        guard let (criterion, indicator) = app.desk.rules.ruleSet.criteria.indicators.first(where: { "\($0.criterion.id).\($0.indicator.id)" == key })
        else { throw APIRefusal.notFound }
        let moved = MovedRecords(desk: app.desk)
        let result = try await app.queue.run { try moved.compare(school: code, indicator: indicator.id) }
        func table(_ rows: [Explanation.Row]) -> [String: Any] {
            ["hasRows": !rows.isEmpty, "rows": rows.map { ["file": $0.file, "row": $0.row, "who": $0.who, "reason": $0.reason] }]
        }
        try app.book.audit(caller.id, "download", "hồ sơ thay đổi của chỉ số \(key), trường \(code)")
        return app.pages.page(
            "moved", title: "Hồ sơ thay đổi", caller: caller,
            values: [
                "code": code, "schoolName": try app.desk.schoolName(code), "indicatorName": "\(criterion.id) · \(indicator.name)",
                "unavailable": PageText.some(result.unavailable), "complete": table(result.newlyComplete), "failing": table(result.newlyFailing),
                "completeCount": result.newlyComplete.count, "failingCount": result.newlyFailing.count
            ])
    }

    @Sendable func reminders(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let (view, _, _) = try await view(input)
        var schools: [[String: Any]] = []
        for entry in view.entries {
            let errors = entry.latest.map { PageRoutes.object($0.summary)["errors"] as? Int ?? 0 } ?? 0
            guard entry.latest == nil || errors > 0 else { continue }
            let reason: String
            let message: String
            if let latest = entry.latest {
                let when = PageText.time(latest.receivedAt)
                reason = "Lần nộp gần nhất (\(when)) còn \(errors) lỗi."
                message =
                    "Kính gửi \(entry.school.name): lần nộp dữ liệu gần nhất của trường trên sachsong (\(when)) còn \(errors) lỗi. Đề nghị trường mở trang kết quả, tải bảng tính đã đánh dấu, sửa các ô được tô đỏ rồi nộp lại. Trân trọng."
            } else {
                reason = "Chưa nộp lần nào."
                message =
                    "Kính gửi \(entry.school.name): trường chưa nộp dữ liệu Lĩnh vực 3 «Dữ liệu số» trên sachsong. Đề nghị trường đăng nhập, nộp các tệp xuất từ CSDL ngành (học sinh, nhân sự, trường, cơ sở vật chất, học liệu số, hệ thống, nhật ký hoạt động). Trân trọng."
            }
            schools.append([
                "code": entry.school.code, "name": entry.school.name, "group": PageText.some(entry.school.groupID), "reason": reason, "message": message
            ])
        }
        return app.pages.page("reminders", title: "Nhắc nộp", caller: caller, values: ["schools": schools, "hasSchools": !schools.isEmpty])
    }
}
