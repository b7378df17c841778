import Hummingbird
import NIOCore

/// The style sheet and the upload script, served from the binary.
struct StaticRoutes {
    var routes: [ServeRoute] {
        [
            Self.asset("/static/style.css", StyleSheet.css, type: "text/css; charset=utf-8"),
            Self.asset("/static/app.js", UploadScript.js, type: "text/javascript; charset=utf-8")
        ]
    }

    static func asset(_ path: String, _ text: String, type: String) -> ServeRoute {
        ServeRoute(method: .get, path: path, audience: .everyone, resource: .none, answer: .file) { _ in
            Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
