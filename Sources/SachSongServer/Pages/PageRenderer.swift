import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore

/// The service's pages: Mustache templates compiled into the binary (nothing loaded from
/// outside), each filled into the common layout with the caller's name, role and CSRF token.
/// Every value is HTML-escaped by the template (`{{…}}`), so a file or school name cannot
/// inject markup.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for (name, text) in Templates.all {
            // The templates are part of the program: one that does not parse is a bug caught by
            // the page tests, never a run-time condition.
            try! library.register(text, named: name)
        }
        self.library = library
    }

    /// A page: `template` filled with `values`, inside the layout.
    func page(_ template: String, title: String, caller: Caller?, values: [String: Any] = [:], status: HTTPResponse.Status = .ok)
        -> Response
    {
        var context = values
        context["title"] = title
        if let caller {
            context["signedIn"] = true
            context["accountName"] = caller.account.name
            context["roleName"] = Gate.roleName(caller.account.role)
            context["csrf"] = caller.csrfToken ?? ""
            context["isSchool"] = caller.account.role == .school
            context["isOffice"] = caller.account.role != .school
        }
        let html = library.render(context, withTemplate: template) ?? ""
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff"
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A template's HTML alone (no layout), for a body that is rendered once and kept.
    func body(_ template: String, values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    /// A refusal or failure as a page.
    func error(_ status: HTTPResponse.Status, _ message: String, caller: Caller?) -> Response {
        page("error", title: "Không thực hiện được", caller: caller, values: ["status": status.code, "message": message], status: status)
    }
}
