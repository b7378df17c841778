import Foundation
import Hummingbird
import SachSong

/// The pages of signed-in accounts: the home page (a school's upload form and history, or an
/// office's list of schools), a school's history, a submission's result and the "why" of each
/// figure. An upload from the page is checked in the background: the page that follows shows
/// the progress and reloads itself until the result is there.
struct PageRoutes {
    let app: ServeApp

    var routes: [ServeRoute] {
        [
            ServeRoute(method: .get, path: "/", audience: .anyone, resource: .none, answer: .page, handler: home),
            ServeRoute(method: .post, path: "/submissions", audience: .roles([.school]), resource: .none, answer: .page, handler: upload),
            ServeRoute(method: .get, path: "/schools/:code", audience: .anyone, resource: .school, answer: .page, handler: school),
            ServeRoute(method: .get, path: "/submissions/:id", audience: .anyone, resource: .submission, answer: .page, handler: submission),
            ServeRoute(
                method: .get, path: "/submissions/:id/explain/:indicator", audience: .anyone, resource: .submission, answer: .page, handler: explain)
        ]
    }

    @Sendable func home(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        if let code = caller.account.schoolCode, caller.account.role == .school {
            var values = try historyValues(code)
            values["schoolName"] = try app.desk.schoolName(code)
            values["maxUploadMB"] = app.settings.maxUploadBytes / 1_048_576
            return app.pages.page("home", title: "Nộp dữ liệu", caller: caller, values: values)
        }
        let scope = app.scope(caller)
        let ledger = try SubmissionLedger(app.store, scope: scope, group: nil)
        let latestByCode = try ledger.latestStored(until: .distantFuture, in: app.store)
        let rows = ledger.schools.map { school -> [String: Any] in
            var row: [String: Any] = ["code": school.code, "name": school.name, "group": school.groupID ?? ""]
            if let latest = latestByCode[school.code] {
                let summary = Self.object(latest.summary)
                row["latest"] = [
                    "id": latest.id, "received": PageText.time(latest.receivedAt), "errors": summary["errors"] as? Int ?? 0,
                    "warnings": summary["warnings"] as? Int ?? 0
                ]
            }
            return row
        }
        return app.pages.page("home", title: "Các trường", caller: caller, values: ["schools": rows, "hasSchools": !rows.isEmpty])
    }

    @Sendable func upload(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        guard let school = caller.account.schoolCode else { throw APIRefusal(status: .forbidden, message: "Tài khoản không gắn với trường nào.") }
        let intake = try await SubmissionIntake.receive(input.request, app: app)
        let pending = app.pending
        let queue = app.queue
        let desk = app.desk
        await pending.add(intake.id, school: school)
        Task {
            do {
                _ = try await queue.run(onStart: { await pending.started(intake.id) }) {
                    try desk.submit(id: intake.id, account: caller.account, uploads: intake.uploads, asOf: intake.asOf)
                }
                await pending.finished(intake.id)
            } catch {
                intake.discard()
                await pending.failed(intake.id, "Không kiểm tra được các tệp đã gửi; hãy thử lại hoặc báo quản trị.")
            }
        }
        return Gate.redirect("/submissions/\(intake.id)")
    }

    @Sendable func school(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let code = input.parameter("code")
        guard try app.scope(caller).maySee(school: code), try app.desk.schoolExists(code) else { throw APIRefusal.notFound }
        var values = try historyValues(code)
        values["schoolName"] = try app.desk.schoolName(code)
        values["schoolCode"] = code
        return app.pages.page("school", title: try app.desk.schoolName(code), caller: caller, values: values)
    }

    @Sendable func submission(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let id = input.parameter("id")
        if try app.desk.stored(id: id) == nil, let entry = await app.pending.entry(id), try app.scope(caller).maySee(school: entry.school) {
            if let failure = entry.failure { throw APIRefusal(status: .unprocessableContent, message: failure) }
            return app.pages.page("pending", title: "Đang kiểm tra", caller: caller, values: ["id": id, "state": entry.state, "refresh": 2])
        }
        let stored = try app.scope(caller).submission(id, desk: app.desk)
        guard let json = try app.desk.json(id: id) else { throw APIRefusal.notFound }
        let query = input.request.uri.queryParameters
        var page = SubmissionPage(
            id: id, json: Self.object(json), criteria: app.desk.rules.ruleSet.criteria, schoolName: try app.desk.schoolName(stored.schoolCode))
        page.severity = query.get("severity").flatMap { Severity(rawValue: $0)?.rawValue }
        page.dimension = query.get("dimension").flatMap { Dimension(rawValue: $0)?.rawValue }
        page.expired = try app.desk.keptFolder(id: id) == nil
        page.keepDays = app.settings.keepDays
        page.masksPersonalData = caller.account.role != .school
        var values = page.values
        let own = caller.account.role == .school
        values["backLink"] = own ? "/" : "/schools/\(stored.schoolCode)"
        values["backText"] = own ? "Trang nộp dữ liệu" : "Các lần nộp của trường"
        return app.pages.page("submission", title: "Kết quả kiểm tra", caller: caller, values: values)
    }

    @Sendable func explain(_ input: RouteInput) async throws -> Response {
        let caller = try input.signedIn
        let stored = try app.scope(caller).submission(input.parameter("id"), desk: app.desk)
        let key = input.parameter("indicator")
        let criteria = app.desk.rules.ruleSet.criteria
        guard let dot = key.lastIndex(of: "."), let criterion = criteria.criteria.first(where: { $0.id == String(key[..<dot]) }),
            let indicator = criterion.indicators.first(where: { $0.id == String(key[key.index(after: dot)...]) })
        else { throw APIRefusal.notFound }
        let explanation = Explanation(desk: app.desk)
        let asOf = ReferenceDate.parse(stored.asOf) ?? ReferenceDate.today()
        let found = try await app.queue.run { try explanation.rows(id: stored.id, indicator: indicator.id, asOf: asOf) }
        var values: [String: Any] = [
            "id": stored.id, "indicatorName": "\(criterion.id) · \(indicator.name)", "schoolName": try app.desk.schoolName(stored.schoolCode),
            "expired": found == nil
        ]
        // The stored figure is what the school was judged on; the rows are read again.
        let school = Self.object(stored.indicators ?? "{}")["indicators"] as? [String: Any]
        let figures = (school?[criterion.id] as? [String: Any])?[indicator.id] as? [String: Any] ?? [:]
        values["numerator"] = figures["numerator"] as? Int ?? 0
        values["denominator"] = figures["denominator"] as? Int ?? 0
        values["rate"] = PageText.percent(figures["rate"] as? Double)
        values["missing"] = PageText.some(figures["missing"] as? String)
        if let found {
            values["excluded"] = found.excluded > 0 ? found.excluded as Any : false
            values["rows"] = found.rows.map { ["file": $0.file, "row": $0.row, "line": $0.line, "who": $0.who, "reason": $0.reason] }
            values["rowCount"] = found.rows.count
            values["hasRows"] = !found.rows.isEmpty
        }
        try app.desk.auditDownload(account: caller.id, id: stored.id, what: "danh sách hồ sơ của chỉ số \(key)")
        return app.pages.page("explain", title: "Vì sao", caller: caller, values: values)
    }

    /// A school's submissions for the history table.
    private func historyValues(_ code: String) throws -> [String: Any] {
        let submissions = try app.desk.submissions(school: code)
        let counts = try app.desk.fileCounts(submissions.map(\.id))
        let criteria = app.desk.rules.ruleSet.criteria
        let rows = submissions.map { stored -> [String: Any] in
            let summary = Self.object(stored.summary)
            let figures = SubmissionPage.criteria(criteria, school: stored.indicators.map(Self.object), submissionID: stored.id)
                .flatMap { criterion in
                    (criterion["indicators"] as? [[String: Any]] ?? []).map { ["id": $0["key"] ?? "", "name": $0["name"] ?? "", "rate": $0["rate"] ?? ""] }
                }
            return [
                "id": stored.id, "received": PageText.time(stored.receivedAt), "asOf": PageText.day(stored.asOf), "files": counts[stored.id] ?? 0,
                "errors": summary["errors"] as? Int ?? 0, "warnings": summary["warnings"] as? Int ?? 0, "figures": figures
            ]
        }
        return ["history": rows, "hasHistory": !rows.isEmpty]
    }

    static func object(_ json: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
    }
}
